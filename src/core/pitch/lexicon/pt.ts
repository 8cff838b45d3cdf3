// Portuguese phrases, Brazilian and European (folded: no accents, ç → c). Ask framing as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(call|ligacao|reuniao|conversa|papo|bate-papo|videochamada|chamada|meet|zoom|cafe virtual)';
const OBJ = '(empresas|times|equipes|equipas|negocios|marcas|startups|companhias|pmes|agencias|clinicas|fabricas|lojas|e-commerces?|ecommerces?|organizacoes|profissionais|gestores|escritorios|industrias)';

export const pt: Lexicon = {
  'meeting-ask': `
(voce|vc|o senhor|a senhora|tu) (teria|tem|teria disponibilidade de|tens) (\\d+|quinze|vinte|trinta|uns|alguns) (min~)
\\d+ ?(min~) (para|de|pra) (uma )?(call|ligacao|reuniao|conversa|papo|demo|demonstracao|bate-papo)
(agendar|marcar|marcarmos|agendarmos|podemos marcar|podemos agendar|conseguimos marcar|bater) (uma |um )?(breve |rapida |rapido |curta |curto )?(\\d+ ?min~ )?${MEET}
(agendar|marcar|marcarmos|conseguimos marcar|reservar) (\\d+ ?min~|um horario|um tempo)
(quando|que horas) (fica bom|seria bom|voce pode|podemos conversar|tem disponibilidade|fica melhor)~
(fica bom|topa|toparia) (uma|um) (\\w+ )?${MEET}
tenho horario~
(vale|valeria) (um|uma) (papo|conversa|call|reuniao)~
`,
  'demo-offer': `
(uma|a) (demo|demonstracao) (rapida|breve|gratuita|personalizada|de \\d+|do nosso|da nossa|do produto|ao vivo)~
(te|lhe) mostro em \\d+ ?min~
(te|lhe) mostrar como~
`,
  'product-offer': `
(nossa|nosso|minha|meu|a nossa|o nosso) ([a-z\\-]+ )?(plataforma|solucao|ferramenta|software|app|aplicacao|aplicativo|produto|servico|servicos|crm|sistema|api)
(desenvolvemos|criamos|lancamos|construimos) (uma|um|a|o|nossa|nosso)~
(oferecemos|fornecemos|vendemos|somos especialistas|somos especializados|estamos oferecendo)~
o motivo da minha (mensagem|abordagem)
e por isso que estou (escrevendo|entrando em contato)
na [a-z]+,? (criamos|ajudamos|oferecemos|desenvolvemos)~
somos (uma|um) ([a-z\\-]+ )?(empresa|startup|plataforma|consultoria|fornecedor|software house)
(dirijo|tenho|toco) uma (empresa|consultoria|agencia)~
`,
  'we-help': `
(ajudamos|ajudo|apoiamos|atendemos|trabalhamos com|acompanhamos) (a |as |os )?${OBJ}
(ajudamos|ajudo) (a |o )?[a-z]+~ a (reduzir|aumentar|conseguir|crescer|economizar|poupar|automatizar|melhorar|vender|gerar|escalar|dobrar)~
(empresas|times|equipes|equipas|negocios) como (a sua|o seu|a tua|o teu|a de voces|voces)
`,
  pricing: `
(nossos|os|nossa|a) (precos|valores|tabela de precos|tarifas)
(desconto|promocao|cupom|cupao|codigo promocional)~
(por|ao) (mes|usuario|licenca|ano)
(te|lhe) (mande|mandar|envie|enviar|envio|mando|passo|passar) (os|as|nossa|nosso|nossos|uma|um|a|o) (precos|valores|tabela|orcamento|proposta|cotacao)~
custo bem menor|metade do custo|menor custo
`,
  'trial-offer': `
(teste|auditoria|analise|consultoria|avaliacao|demo|amostra|versao|sessao|diagnostico|piloto|periodo de teste) (gratuit~|gratis|sem custo)
teste gratis|teste gratuito|experimente gratis|experimente gratuitamente
`,
  'case-study': `
case(s)? de sucesso|estudo(s)? de caso|caso(s)? de sucesso
(ja )?(ajudamos|atendemos) empresas como~
(nossos|meus) clientes (costumam |normalmente |em media )?(veem|conseguem|triplicam|dobram|reduzem|aumentam|economizam|obtem)~
(reduzir|aumentar|melhorar|dobrar)~ [a-z ]{1,30} em \\d+
pela metade
`,
  'agency-offer': `
(geracao|captacao|prospeccao) de (leads|clientes|reunioes|oportunidades)
outsourcing|terceiriza~|body ?shop
agencia (de )?([a-z]+ )?(marketing|seo|desenvolvimento|design|publicidade|growth|leads|conteudo|vendas|geracao|performance|digital)~
(somos|temos|dirijo|tenho) (uma )?(agencia|consultoria|software house|fabrica de software)~
(reforcar|ampliar) (o|seu|o seu) (time|equipe)
desenvolvedores (em|no|na|dedicados|senior)~
`,
  'right-person': `
(voce|vc|o senhor|a senhora|tu) (e|seria|es) a pessoa (certa|indicada|responsavel|correta)
quem (cuida|e responsavel|decide|toma as decisoes|gerencia|esta a frente|lida)~
`,
  'soft-ask': `
faz sentido (uma|um|conversarmos|a gente|falarmos|para voce|pra voce)~
faz sentido\\?
(tem|teria) interesse~
(posso|poderia) (te |lhe )?(enviar|mandar|mostrar|preparar|compartilhar|apresentar)~
(quer|gostaria) que eu (te |lhe )?(envie|mande|mostre|apresente)~
ver se faz sentido|ver se encaixa
`,
  'purchase-push': `
so (esta|essa) semana|somente (esta|essa) semana|ate (sexta|segunda|o fim do mes)
planos? anua~
plano empresarial|oferta especial|oferta exclusiva|pacote especial
`,
  'pain-hook': `
(ainda) (fazem|faz|fazes|usam|usa|controlam|controla)~ [a-z ]{1,30} (na mao|a mao|manualmente|no excel|em planilhas)
tem um jeito (mais facil|melhor)|existe um jeito (mais facil|melhor)
`,
  warm: `
(obrigad[oa]|valeu) (pela|pelo|por) (conexao|aceitar|seu comentario|o comentario|compartilhar|nossa|a call|a conversa|a palestra|tirar um tempo|o convite)~
(adorei|gostei|curti|li) (seu|sua|o|a) (post|artigo|publicacao|palestra|thread|comentario|demo que|apresentacao)~
(nossa|a) (call|conversa|reuniao|ligacao|demo) de ontem
a demo que (voce|vc) fez
(parabens|felicidades|feliz aniversario)~
por curiosidade
(trabalhamos juntos|estivemos juntos|estivemos os dois|nos conhecemos)~
`,
  'no-pitch': `
sem (patrocinadores|vendas|pressa|nenhuma segunda intencao|segundas intencoes|agenda)~
`,
};
