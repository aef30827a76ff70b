// The site may be published under a path of its host (SITE_URL=https://example.gov.vn/binh-dang-gioi/):
// that path is its base. Code names pages and files by their site path, without the base
// (/luat/, /tai-ve/x.pdf), which is also where they sit in dist/. Whatever the site writes for a
// browser or a reader carries the base: `href` is the one place it is added, `sitePathOfHref` the
// one place it is taken off again (after the build, to find the file a built page points to),
// and `absoluteUrl` the one place an address gets the host (canonical, og:image, QR codes).

export interface SitePaths {
  /** `/` at the root of the host, else its path with a trailing slash: `/binh-dang-gioi/`. */
  base: string;
  /** `/tai-ve/x.pdf` → `/binh-dang-gioi/tai-ve/x.pdf`: what an href or src says. */
  href(sitePath: string): string;
  /** The inverse: an href of this site → its site path; undefined for an address outside the base. */
  sitePathOfHref(href: string): string | undefined;
  /** `/luat/` → `https://example.gov.vn/binh-dang-gioi/luat/`. */
  absoluteUrl(sitePath: string): string;
  /** The address as printed for people to type: host and base, no scheme, no trailing slash. */
  address: string;
}

/** The base of a site address: its path, ending with a slash (trailingSlash: 'always' wants one). */
export function basePathOf(siteUrl: string): string {
  const { pathname } = new URL(siteUrl);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

export function sitePaths(siteUrl: string): SitePaths {
  const { origin, host } = new URL(siteUrl);
  const base = basePathOf(siteUrl);
  const href = (sitePath: string): string => {
    // A relative or protocol-relative path here would be a bug in the caller: it would resolve against whatever page links it.
    if (!sitePath.startsWith('/') || sitePath.startsWith('//')) throw new Error(`"${sitePath}" is not a site path: it should start with a single /`);
    return base + sitePath.slice(1);
  };
  return {
    base,
    href,
    sitePathOfHref: (h) => (h.startsWith(base) ? `/${h.slice(base.length)}` : undefined),
    absoluteUrl: (sitePath) => origin + href(sitePath),
    address: (host + base).replace(/\/$/, ''),
  };
}
