import { expect, test } from '@playwright/test';

test('the header search leads to results on the search page', async ({ page }) => {
  await page.goto('/');
  await page.locator('header input[name="q"]').fill('bình đẳng giới');
  await page.locator('header form[role="search"] button').click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=/);
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await expect(page.locator('[data-search-result] mark').first()).toBeVisible();
});

test('without JavaScript the search page lists every section', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tim-kiem/?q=gioi');
  await expect(page.locator('#all-pages ~ h3 a, section[aria-labelledby="all-pages"] h3 a')).toHaveCount(6);
  await context.close();
});
