// Portuguese phrases, Brazilian and European (folded: no accents, ç → c). Ask framing as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(call|ligacao|reuniao|conversa|papo|bate-papo|videochamada|chamada|meet|zoom|cafe virtual)';
const OBJ = '(empresas|times|equipes|equipas|negocios|marcas|startups|companhias|pmes|agencias|clinicas|lojas|e-?commerces?|organizacoes)';

export const pt: Lexicon = {
  'meeting-ask': `
(voce|vc|o senhor|a senhora|tu) (teria|tem|teria disponibilidade de|tens) (\\d+|quinze|vinte|trinta|uns|alguns) (min~)
(agendar|marcar|marcarmos|agendarmos|bater) (uma |um )?(breve |rapida |rapido )?${MEET}
`,
  'demo-offer': `
(uma|a) (demo|demonstracao) (rapida|breve|gratuita|personalizada|de \\d+|do nosso|da nossa|do produto|ao vivo)~
(te|lhe) mostrar como~
(mostrar|apresentar)(-lhe|-te)? (como|o que)
`,
  'product-offer': `
(a |o )?(nossa|nosso|minha|meu) ([a-z\\-]+ )?(plataforma|solucao|ferramenta|software|app|aplicacao|aplicativo|produto|servico|servicos|crm|sistema|api)
somos (uma|um) ([a-z\\-]+ )?(empresa|startup|plataforma|consultoria|fornecedor|software house)
`,
  'we-help': `
(ajudamos|ajudo|apoiamos|atendemos|trabalhamos com|acompanhamos) (a |as |os )?${OBJ}
`,
  pricing: `
`,
  'trial-offer': `
teste (gratis|gratuito)|experimente (gratis|gratuitamente)
`,
  'case-study': `
(reduzir|aumentar|melhorar|dobrar)~ [a-z ]{1,30} em \\d+
`,
  'agency-offer': `
(somos|temos|dirijo|tenho) (uma )?(agencia|consultoria|software house|fabrica de software)~
outsourcing|terceiriza~|body ?shop
`,
  'right-person': `
(e|seria|es) a pessoa (certa|indicada|responsavel|correta)
quem (cuida|e responsavel|decide|toma as decisoes|gerencia|esta a frente|lida)~
`,
  'soft-ask': `
faz sentido\\?
`,
  'purchase-push': `
aproveite # (oferta|desconto|promocao|condicao|condicoes|preco|vagas|bonus|black friday|cupom)~
(compre|garanta|contrate|peca|assine) (ja|agora|hoje)
garanta (ja )?(a |o )?(sua|seu) (vaga|lugar|desconto|licenca|acesso|ingresso|bonus)
(ultimas|restam (apenas |so )?(\\d+|poucas|duas|tres)) vagas
`,
  'pain-hook': `
e se (voce|vc|tu|sua equipe|seu time|a sua equipa|voces) (pudesse|pudessem|conseguisse|conseguissem) (automatizar|reduzir|economizar|poupar|dobrar|eliminar|acabar|parar|cortar|fechar|vender|aumentar|deixar|recuperar|focar|triplicar|multiplicar|ganhar)~
(ainda|continua~|segue~) # (em|no|na|com|por) (planilhas?|excel|papel)
`,
  warm: `
ontem|semana passada|como (prometido|combinado|falamos|combinamos)|por curiosidade|parabens~|te devo
(trabalhamos juntos|estivemos juntos|estivemos os dois|nos conhecemos|se conheceu)~
(seu|sua|teu|tua) (post|publicacao|artigo|palestra|texto|entrevista|podcast|livro)
(da|pela|a|na|pelo|o) (demo|demonstracao|reuniao|conversa|ligacao|visita|papo) (de|da|do) (segunda|terca|quarta|quinta|sexta)|que (voce|vc) (fez|mostrou)
`,
  answer: `
(voce|tu) (me )?(perguntou|perguntaste|pediu|pediste|queria saber|querias saber)|(sua|tua) (pergunta|duvida)
respondendo (a )?(sua|tua|o que)|em resposta (a|as) (sua|tua)|como (voce |tu )?(pediu|pediste)
`,
  customer: `
(sou|somos) (cliente|clientes|usuario|usuaria|usuarios|utilizador|utilizadores) (de|da|do|de voces|vossos?|seus?|teus?)
(seus|teus|vossos) clientes|chamado (de suporte|aberto|numero)
`,
  'no-pitch': `
sem (nenhum )?interesse comercial|sem (patrocinadores|venda)
(procurando|busco) (uma )?(vaga|emprego|oportunidade)|(seu|algum) conselho|alguma dica|dissertacao|mestrado
que eu (te )?(apresente|conecte)
`,
  offer: `
(ajuda|coloca|oferece|fornece|fabrica|corrigi|construi|desenvolve|implementa|automatiza|geri|gerencia|cria|vende|instala|recruta|seleciona|integra|migra|produzi|distribui|assessora|entrega|resolve|substitui|reduzi|otimiza|cobra|atende|apoia)mos|ajudo|ofereco|trabalho com
(ja )?(ajudei|fizemos|estamos (ajudando|a ajudar|criando|a criar|desenvolvendo))
(dirijo|lidero|fundei|toco|represento) (uma|um|a|o)
`,
  results: `
\\d+([.,]\\d+)? ?(%|x|por cento)
(em|menos de) (\\d+|uma|um|duas|dois|tres|quatro|cinco|seis|poucas|poucos) (dias|semanas|meses|horas)
pela metade|dobr~|tripl~|duplic~
(empresas|equipes|equipas|clientes|marcas) (como|parecid~|semelhant~|do seu porte)|do (seu|vosso) porte
`,
  free: `
gratis|gratuit~|sem (custo|(qualquer |nenhum )?compromisso|risco)|cortesia|de graca|por nossa conta
`,
  fee: `
precos?|honorarios|comissao|orcamento|(uma|nossa|minha) proposta|cotacao|pacotes?|cobramos|mensalidade|taxas?
(por|ao) (hora|mes|usuario|utilizador|projeto|vaga|contratacao|colaborador)
`,
  'ask-time': `
(segunda|terca|quarta|quinta|sexta)(-feira)?
\\d{1,2}(:\\d\\d)? ?(h|hs|horas)|as \\d{1,2}
(uma|um) (rapida |rapido |breve |curta |curto )?(call|ligacao|reuniao|conversa|papo|cafe|visita|videochamada|chamada|almoco|apresentacao)
(voce|vc|o senhor|a senhora|tu) (tem|teria|tens|terias) (\\w+ )?(tempo|minutos|disponibilidade|um horario|um momento)
da mais jeito|fica (melhor|bom)|funciona para
`,
  'ask-next': `
(posso|poderia|podemos|quer|gostaria|queria) (te |lhe )?(enviar|mandar|mostrar|preparar|compartilhar|partilhar|apresentar|ligar|marcar|agendar|reservar|criar|passar)~
(quer|gostaria|prefere) que eu~
(te|lhe) (envio|mando|mostro|apresento|ligo|reservo|crio|passo|preparo)~
(tem|teria|tens) interesse|interessa~|faz sentido|vale a pena|(ver|vermos) se (faz|encaixa|podemos)~
bora|vamos conversar|topa
`,
};
