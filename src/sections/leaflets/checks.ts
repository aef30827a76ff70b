import { HEADLINE_WORDS, words } from '../../lib/build/speech.ts';
import { say, slugOf, type Check, type LawRef } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['leaflets', 'messages'];

export const checks: Check[] = [
  (ctx) => {
    const messages = new Set((ctx.content.messages ?? []).map((m) => slugOf(m.id)));
    for (const e of ctx.content.leaflets ?? []) {
      const d = e.data as { legalBasis: LawRef[]; title: string; picture: string; messages: string[] };
      d.legalBasis.forEach((ref, i) => ctx.checkLawRef(e, `legalBasis[${i}]`, ref));
      const n = words(d.title).length;
      if (n > HEADLINE_WORDS)
        ctx.problem(e, 'title', say(`dài ${n} từ; tiêu đề bìa tối đa ${HEADLINE_WORDS} từ`, `${n} words long; a cover headline has at most ${HEADLINE_WORDS}`));
      if (!ctx.hasFile(`pictures/${d.picture}.svg`))
        ctx.problem(e, 'picture', say(`không có hình content/pictures/${d.picture}.svg`, `no picture content/pictures/${d.picture}.svg`));
      d.messages.forEach((m, i) => {
        if (!messages.has(m))
          ctx.problem(e, `messages[${i}]`, say(`không có thông điệp "${m}" trong content/messages`, `no message "${m}" in content/messages`));
      });
    }
  },
];
