import { site } from '../../config/index.ts';
import { EASY_READ_WORDS, HEADLINE_WORDS, SCRIPT_SECONDS, readingSeconds, unspoken, words } from '../../lib/build/speech.ts';
import { slugOf } from '../../lib/build/integrity.ts';
import { say, type Check, type LawRef } from '../../lib/build/integrity.ts';

/** The collections these checks read (law references are looked up in `laws` by every check). */
export const reads = ['messages'];

interface MessageData {
  legalBasis?: LawRef[];
  headline?: string;
  easyRead?: string[];
  script?: string;
  picture?: string;
  audio?: { file: string };
}

export const checks: Check[] = [
  (ctx) => {
    for (const e of ctx.content.messages ?? []) {
      const d = e.data as MessageData;
      (d.legalBasis ?? []).forEach((ref, i) => ctx.checkLawRef(e, `legalBasis[${i}]`, ref));
      const lang = e.id.split('/')[0]!;
      // Posters lead with the picture: the headline is read from across a room.
      const headline = words(d.headline ?? '').length;
      if (headline > HEADLINE_WORDS)
        ctx.problem(
          e,
          'headline',
          say(`dài ${headline} từ; tiêu đề áp phích tối đa ${HEADLINE_WORDS} từ`, `${headline} words long; a poster headline has at most ${HEADLINE_WORDS}`),
        );
      (d.easyRead ?? []).forEach((s, i) => {
        const n = words(s).length;
        if (n > EASY_READ_WORDS)
          ctx.problem(
            e,
            `easyRead[${i}]`,
            say(
              `câu dài ${n} từ; bản dễ đọc mỗi câu tối đa ${EASY_READ_WORDS} từ`,
              `a sentence of ${n} words; easy-read sentences have at most ${EASY_READ_WORDS}`,
            ),
          );
      });
      if (d.script !== undefined) {
        const rate = site.languages.find((l) => l.code === lang)?.wordsPerMinute ?? 150;
        const seconds = readingSeconds(d.script, rate);
        if (seconds < SCRIPT_SECONDS.min || seconds > SCRIPT_SECONDS.max)
          ctx.problem(
            e,
            'script',
            say(
              `đọc mất khoảng ${seconds} giây (${words(d.script).length} từ, ${rate} từ mỗi phút); bài đọc trên loa dài từ ${SCRIPT_SECONDS.min} đến ${SCRIPT_SECONDS.max} giây`,
              `takes about ${seconds} s to read (${words(d.script).length} words at ${rate} a minute); a loudspeaker script takes ${SCRIPT_SECONDS.min}–${SCRIPT_SECONDS.max} s`,
            ),
          );
        const odd = unspoken(d.script);
        if (odd.length > 0)
          ctx.problem(
            e,
            'script',
            say(
              `viết như khi đọc thành lời (số bằng chữ, viết đầy đủ tên cơ quan), thay: ${odd.join(', ')}`,
              `write numbers and abbreviations as they are spoken; replace: ${odd.join(', ')}`,
            ),
          );
      }
      const picture = d.picture ?? slugOf(e.id);
      if (!ctx.hasFile(`pictures/${picture}.svg`))
        ctx.problem(
          e,
          d.picture ? 'picture' : 'picture (mặc định là tên tệp — by default the file name)',
          say(`không có hình content/pictures/${picture}.svg`, `no picture content/pictures/${picture}.svg`),
        );
      if (d.audio && !ctx.hasFile(`audio/${d.audio.file}`))
        ctx.problem(e, 'audio.file', say(`không có tệp content/audio/${d.audio.file}`, `no file content/audio/${d.audio.file}`));
    }
  },
];
