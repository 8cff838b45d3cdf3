// Signals that read the same in every language: booking links, shorteners, prices in currency
// (a currency symbol in front is a lookbehind: hits start at a word, see compile.ts).
// Shorteners are weaker evidence than booking links (people share slides through bit.ly too).
import type { Lexicon } from '../compile.js';

export const universal: Lexicon = {
  'calendar-link': `
calendly\\.com(/[\\w.-]+)*
calendly
meetings\\.hubspot\\.com~
cal\\.com/[\\w\\-]+
`,
  'short-link': `
(bit\\.ly|tinyurl\\.com|rebrand\\.ly|t\\.ly|cutt\\.ly|shorturl\\.at|rb\\.gy|is\\.gd|ow\\.ly|buff\\.ly)/[\\w\\-]+
`,
  pricing: `
\\d+ ?% (de )?(off|discount|desconto|descuento|rabatt|remise|reduction)
\\d(?<=[$€£] ?\\d)[\\d.,]*( ?(k|/ ?(mo|month|mes|mois|monat|mes|user|seat)~))?
\\d[\\d.,]* ?(€|eur|euros?|usd|dollars?|reais|gbp)(/ ?\\w+)?
(usd|eur|gbp|chf|brl|mxn|cad|aud) ?\\d[\\d.,]*( ?k)?
`,
};
