// Every public rule family (except the model's "sales-wording" fallback) fires in every language on
// a realistic pitch sentence, and warm drafts full of business vocabulary stay below the threshold.
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../src/core/pitch/index.js';
import type { RuleId } from '../../../src/core/pitch/index.js';
import type { Lang } from '../../../src/core/types.js';

type Family = Exclude<RuleId, 'sales-wording'>;

const PITCHES: Record<Lang, Record<Family, string>> = {
  en: {
    'meeting-ask': 'We help logistics teams cut their admin work, so would you be open to a quick call next week to talk it over?',
    'demo-offer': 'I would love to give you a quick demo of how our scheduling tool handles shift swaps for your whole team.',
    'product-offer': 'Our platform automates invoice matching for finance teams, and it plugs straight into the ERP you already use.',
    'we-help': 'We support manufacturers that want to reduce scrap rates by tracking every machine setting in real time.',
    pricing: 'Our pricing is simple and transparent, with one flat plan that covers every single user on your team.',
    'trial-offer': 'You can start a free trial today and see how the dashboard works with your own sales data from last quarter.',
    'case-study': 'We cut onboarding time by half for a regional bank, and I think your team could see very similar gains.',
    'calendar-link': 'If it is easier for you, just pick any time that suits you on calendly.com/anna-smith/30min this week.',
    'agency-offer': 'We are a small agency that builds online stores for fashion brands, and we have a few openings this month.',
    'right-person': 'Are you the right person to talk to about the payroll software your company uses at the moment?',
    'soft-ask': 'We automated the monthly reporting for several clinics like yours, so would it be worth a quick chat about it?',
    'purchase-push': 'Upgrade to the enterprise plan before Friday and your whole team gets the new analytics features included.',
    'pain-hook': "Still tracking every client renewal by hand in spreadsheets? There's a better way, and it takes minutes to set up.",
  },
  es: {
    'meeting-ask': 'Hola Laura, ayudamos a clínicas como la tuya con la agenda. ¿Te vendría bien una llamada de 15 minutos el jueves?',
    'demo-offer': 'Me gustaría enseñarte una demo rápida de la herramienta para que veas cómo funciona con tu equipo de ventas.',
    'product-offer': 'Nuestra plataforma automatiza la facturación de las pymes y se conecta con el programa de contabilidad que ya usáis.',
    'we-help': 'Ayudamos a empresas de logística a reducir los costes de transporte con una planificación de rutas mucho más eficiente.',
    pricing: 'El plan profesional cuesta 49 € al mes por usuario e incluye soporte en español para todo tu equipo.',
    'trial-offer': 'Puedes hacer una prueba gratis de nuestro software durante catorce días, sin tarjeta y con todo tu equipo.',
    'case-study': 'Te cuento un caso de éxito: una cadena de tiendas como la tuya redujo las devoluciones a la mitad en tres meses.',
    'calendar-link': 'Si te resulta más cómodo, puedes elegir el hueco que mejor te venga en calendly.com/marta-ruiz/30min esta semana.',
    'agency-offer': 'Hola Marta, somos una agencia de marketing digital y nos especializamos en captar pacientes para clínicas como la tuya.',
    'right-person': 'Quería saber quién se encarga de las compras de material de oficina en vuestra empresa para escribirle directamente.',
    'soft-ask': 'He preparado unas ideas para mejorar la web de tu tienda y te puedo enviar el informe completo esta misma tarde.',
    'purchase-push': 'Aprovecha esta oferta de lanzamiento para tu equipo: contrata hoy y te regalamos la configuración inicial completa.',
    'pain-hook': '¿Sigues gestionando los turnos en Excel cada semana? Hay una forma mejor de organizar a tu equipo sin perder horas.',
  },
  fr: {
    'meeting-ask': 'Nous accompagnons les PME dans leur recrutement. Seriez-vous disponible pour un court échange jeudi prochain ?',
    'demo-offer': "J'aimerais vous montrer comment notre outil simplifie la gestion des notes de frais pour vos équipes.",
    'product-offer': 'Notre plateforme permet aux cabinets comptables de collecter toutes les pièces justificatives de leurs clients en un clic.',
    'we-help': "Nous travaillons avec des entreprises industrielles pour réduire leur consommation d'énergie grâce à des capteurs simples.",
    pricing: "Ce mois-ci, nous proposons 20 % de remise sur l'abonnement annuel pour toutes les nouvelles équipes.",
    'trial-offer': 'Vous pouvez tester gratuitement notre logiciel pendant quatorze jours, sans carte bancaire et sans engagement.',
    'case-study': 'Nous avons réduit de moitié le temps de traitement des commandes chez un distributeur comme vous.',
    'calendar-link': "Si c'est plus simple pour vous, choisissez un créneau qui vous convient sur calendly.com/julie-martin/30min cette semaine.",
    'agency-offer': 'Nous sommes une agence spécialisée dans la création de sites web pour les artisans et les commerces de proximité.',
    'right-person': 'Êtes-vous la bonne personne pour parler de la gestion de la flotte de véhicules dans votre entreprise ?',
    'soft-ask': 'Si cela vous intéresse, je peux vous envoyer une courte présentation de notre méthode dès demain matin.',
    'purchase-push': "Profitez de notre offre de lancement : inscrivez-vous dès maintenant et bénéficiez de trois mois d'abonnement.",
    'pain-hook': 'Et si vous pouviez automatiser toutes vos relances de factures en quelques clics, sans changer de logiciel ?',
  },
  de: {
    'meeting-ask': 'Wir helfen Handwerksbetrieben bei der Digitalisierung. Hätten Sie Lust auf einen kurzen Austausch nächste Woche?',
    'demo-offer': 'Gerne zeige ich Ihnen in einer kurzen Demo, wie unsere Software die Urlaubsplanung für Ihr Team vereinfacht.',
    'product-offer': 'Unsere Plattform automatisiert die Rechnungsprüfung für Steuerkanzleien und spart jeden Monat viele Stunden Arbeit.',
    'we-help': 'Wir arbeiten mit mittelständischen Unternehmen, die ihre Lieferketten transparent machen und Engpässe früh erkennen wollen.',
    pricing: 'Das Paket kostet 49 € pro Monat und Nutzer, und es gibt keine versteckten Kosten für Ihr Team.',
    'trial-offer': 'Sie können unser Tool 14 Tage kostenlos testen, ganz ohne Kreditkarte und ohne automatische Verlängerung.',
    'case-study': 'Bei einem Logistikunternehmen wie Ihrem haben wir die Bearbeitungszeit halbiert und die Fehlerquote deutlich gesenkt.',
    'calendar-link': 'Wenn es für Sie einfacher ist, buchen Sie sich einen passenden Termin unter calendly.com/jonas-weber/30min in dieser Woche.',
    'agency-offer': 'Wir sind eine Agentur für Performance-Marketing und betreuen vor allem Onlineshops aus dem Bereich Mode und Lifestyle.',
    'right-person': 'Sind Sie der richtige Ansprechpartner für die Einführung neuer Software in Ihrer Personalabteilung?',
    'soft-ask': 'Falls das für Sie Sinn macht, melden Sie sich einfach und ich schicke Ihnen gerne weitere Unterlagen zu.',
    'purchase-push': 'Sichern Sie sich jetzt Ihren Frühbucherrabatt, denn das Angebot gilt nur bis Freitag und die Plätze sind knapp.',
    'pain-hook': 'Was wäre, wenn Sie Ihre Dienstpläne nicht mehr in Excel pflegen müssten, sondern automatisch erstellen könnten?',
  },
  pt: {
    'meeting-ask': 'Ajudamos clínicas como a sua a reduzir faltas. Podemos agendar uma conversa rápida na próxima terça-feira?',
    'demo-offer': 'Gostaria de te mostrar como a nossa ferramenta organiza toda a escala da equipe em poucos minutos.',
    'product-offer': 'A nossa plataforma automatiza a emissão de notas fiscais e se integra ao sistema que vocês já usam hoje.',
    'we-help': 'Ajudamos empresas de logística a reduzir custos de frete com um planejamento de rotas muito mais eficiente.',
    pricing: 'O plano profissional custa R$ 99 por mês por usuário e inclui suporte para toda a sua equipe.',
    'trial-offer': 'Você pode fazer um teste grátis da nossa plataforma por catorze dias, sem cartão e com toda a sua equipe.',
    'case-study': 'Uma rede de lojas parecida com a sua conseguiu reduzir as devoluções em 30% em apenas três meses.',
    'calendar-link': 'Se for mais fácil para você, escolha o horário que preferir em calendly.com/ana-souza/30min ainda esta semana.',
    'agency-offer': 'Somos uma agência de marketing digital focada em captação de pacientes para clínicas odontológicas em todo o Brasil.',
    'right-person': 'Você é a pessoa certa para falar sobre a gestão da frota de veículos aqui na sua empresa?',
    'soft-ask': 'Acho que podemos ajudar a sua escola a organizar todas as matrículas online já no próximo semestre. Faz sentido?',
    'purchase-push': 'Aproveite o desconto de lançamento e garanta já a sua vaga na turma de março, restam apenas 5 vagas.',
    'pain-hook': 'Sua equipe ainda controla as férias em planilhas? E se você pudesse automatizar tudo isso em poucos cliques?',
  },
};

const WARM: Record<Lang, [string, string, string]> = {
  en: [
    'Thanks again for our call yesterday, it was really helpful to hear how your team thinks about onboarding.',
    'Out of curiosity, which pricing model did you choose in the end for the new product line you launched?',
    'Congratulations on closing the funding round, well deserved after all the work your team put into the product!',
  ],
  es: [
    'Gracias por la llamada de ayer, me ayudó mucho entender cómo organizáis el equipo de ventas en vuestra empresa.',
    'Por curiosidad, ¿qué precios elegisteis al final para el nuevo producto que lanzasteis el mes pasado?',
    '¡Enhorabuena por la ronda de financiación! Es un gran logro para todo el equipo después de tanto trabajo.',
  ],
  fr: [
    "Merci encore pour notre échange d'hier, c'était très utile de comprendre comment votre équipe organise le recrutement.",
    'Par curiosité, quels tarifs avez-vous finalement choisis pour le nouveau produit que vous avez lancé le mois dernier ?',
    'Félicitations pour la levée de fonds, c’est vraiment mérité après tout le travail de votre équipe sur le produit !',
  ],
  de: [
    'Danke für unser Telefonat gestern, es war sehr hilfreich zu hören, wie Ihr Team das Onboarding organisiert.',
    'Aus Neugier: Für welches Preismodell habt ihr euch am Ende bei dem neuen Produkt entschieden, das ihr letzten Monat gestartet habt?',
    'Herzlichen Glückwunsch zur Finanzierungsrunde, das ist wirklich verdient nach all der Arbeit, die euer Team in das Produkt gesteckt hat!',
  ],
  pt: [
    'Obrigado pela nossa conversa de ontem, foi muito útil entender como o seu time organiza a área de vendas.',
    'Por curiosidade, qual modelo de preços vocês escolheram no fim para o novo produto que lançaram no mês passado?',
    'Parabéns pela rodada de investimento, é muito merecido depois de todo o trabalho que o seu time fez no produto!',
  ],
};

const LANGS = Object.keys(PITCHES) as Lang[];

const CASES = LANGS.flatMap((lang) =>
  (Object.entries(PITCHES[lang]) as [Family, string][]).map(([rule, text]) => ({ name: `${lang} ${rule}`, lang, rule, text })),
);

describe('every rule family, in every language', () => {
  it('covers 13 families in 5 languages', () => expect(CASES).toHaveLength(65));

  it.each(CASES)('$name', ({ lang, rule, text }) => {
    expect(text.split(/\s+/).length, text).toBeGreaterThanOrEqual(12);
    const a = analyzeDraft(text);
    expect(a.lang, text).toBe(lang);
    expect(a.signals.map((s) => s.rule), text).toContain(rule);
  });
});

describe('warm drafts full of business words are not pitches', () => {
  const warm = LANGS.flatMap((lang) => WARM[lang].map((text, i) => ({ name: `${lang} warm ${i + 1}`, lang, text })));
  it.each(warm)('$name', ({ lang, text }) => {
    const a = analyzeDraft(text);
    expect(a.lang, text).toBe(lang);
    expect(a.pitch, text).toBe(false);
  });
});
