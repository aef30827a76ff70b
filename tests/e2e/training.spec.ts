// Training modules: grouped by audience, every module page with the parts trainers need.
import { expect, test } from '@playwright/test';

test('/tap-huan/ groups modules by audience', async ({ page }) => {
  await page.goto('/tap-huan/');
  for (const group of ['Lãnh đạo, cán bộ, công chức', 'Cán bộ nữ', 'Phụ nữ ứng cử', 'Người làm truyền thông và báo chí']) {
    const section = page.locator('main section', { has: page.locator('h2', { hasText: group }) });
    expect(await section.locator('li.card').count(), group).toBeGreaterThan(0);
  }
});

test('each module shows objectives, audience, duration, session plan, exercises, takeaways, self-check, notes and sources', async ({ page }) => {
  await page.goto('/tap-huan/');
  const links = [...new Set(await page.locator('main li.card h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname)))];
  expect(links.length).toBeGreaterThanOrEqual(6);
  for (const href of links) {
    await page.goto(href);
    for (const heading of [
      'Mục tiêu',
      'Đối tượng',
      'Thời lượng',
      'Kế hoạch buổi học',
      'Bài tập và câu hỏi thảo luận',
      'Điểm cần nhớ',
      'Tự kiểm tra',
      'Ghi chú cho người hướng dẫn',
      'Nguồn',
    ]) {
      await expect(page.locator('main h2', { hasText: heading }), `${href}: ${heading}`).toHaveCount(1);
    }
    await expect(page.locator('main table tbody tr').first()).toBeVisible();
  }
});

test('the self-check works without JavaScript: the answer opens from a summary', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tap-huan/gioi-va-binh-dang-gioi/');
  const first = page.locator('#self-check ~ ol > li').first();
  await expect(first.locator('details p')).toBeHidden();
  await first.locator('summary').click();
  await expect(first.locator('details p')).toContainText('Đáp án đúng');
  await context.close();
});
