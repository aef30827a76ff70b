// Content links to the site by site path ([Ứng cử từng bước](/ung-cu/)), which reads the same
// under any base; the rendered page writes it under the base (href), like every other address.
// Astro's default Markdown processor (Sätteri, which MDX follows) takes plugins of its own
// form: an object with visitors, added here to the processor Astro made, so no package is needed.
import type { AstroIntegration } from 'astro';
import { href } from '../config/index.ts';

/** The part of Sätteri's HAST visitor context this plugin uses. */
interface Context {
  setProperty(node: unknown, key: string, value: unknown): void;
}
interface Node {
  properties: Record<string, unknown>;
}

/** A site path starts with one slash (//host is another site; the content check allows no other kind of path). */
const isSitePath = (value: unknown): value is string => typeof value === 'string' && /^\/(?!\/)/.test(value);

export const bodyLinksPlugin = {
  name: 'site-body-links',
  element: {
    filter: ['a', 'img'],
    visit(node: Node, ctx: Context) {
      for (const name of ['href', 'src']) {
        const value = node.properties[name];
        if (isSitePath(value)) ctx.setProperty(node, name, href(value));
      }
    },
  },
};

export default function bodyLinks(): AstroIntegration {
  return {
    name: 'site-body-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const processor = config.markdown.processor as { name: string; options: { hastPlugins?: unknown[] } };
        // Another processor would leave body links without the base: broken links under a sub-path.
        if (processor.name !== 'satteri' || !Array.isArray(processor.options.hastPlugins)) {
          throw new Error(
            `src/integrations/body-links.ts: expected Astro's Sätteri Markdown processor, not "${processor.name}": port the body-links plugin to it`,
          );
        }
        processor.options.hastPlugins.push(bodyLinksPlugin);
      },
    },
  };
}
