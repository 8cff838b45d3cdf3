// Signals that read the same in every language: booking links, shorteners, prices in currency.
import type { Lexicon } from '../compile.js';

export const universal: Lexicon = {
  'calendar-link': `
calendly\\.com(/[\\w.-]+)*
calendly
cal\\.com/~
meetings\\.hubspot\\.com~
hubspot\\.com/meetings~
app\\.hubspot\\.com/meetings~
(zcal|savvycal|tidycal|youcanbook|oncehub|chilipiper|acuityscheduling|koalendar|vyte|doodle)\\.(com|co|me|io)~
chili ?piper
outlook\\.office365?\\.com/(owa/)?calendar/~
calendar\\.app\\.google~
(bit\\.ly|tinyurl\\.com|rebrand\\.ly|t\\.ly|cutt\\.ly|shorturl\\.at|rb\\.gy|is\\.gd|ow\\.ly|buff\\.ly)/[\\w\\-]+
`,
  pricing: `
[$€£] ?\\d[\\d.,]*( ?(k|/ ?(mo|month|mes|mois|monat|mes|user|seat)~))?
r\\$ ?\\d[\\d.,]*
\\d[\\d.,]* ?(€|eur|euros?|usd|dollars?|reais|gbp)(/ ?\\w+)?
`,
};
