// Portuguese phrases, Brazilian and European (folded: no accents, ç → c). Ask framing as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(call|ligacao|reuniao|conversa|papo|bate-papo|videochamada|chamada|meet|zoom|cafe virtual)';
const OBJ = '(empresas|times|equipes|equipas|negocios|marcas|startups|companhias|pmes|agencias|clinicas|fabricas|lojas|e-commerces?|ecommerces?|organizacoes|profissionais|gestores|escritorios|industrias)';

export const pt: Lexicon = {
  'meeting-ask': `
(voce|vc|o senhor|a senhora|tu) (teria|tem|teria disponibilidade de|tens) (\\d+|quinze|vinte|trinta|uns|alguns) (min~)
(voce|vc|o senhor|a senhora|tu) (teria|tem|tens) (disponibilidade|um horario|um tempo|tempo|agenda)~
\\d+ ?(min~) (para|de|pra) (uma )?(call|ligacao|reuniao|conversa|papo|demo|demonstracao|bate-papo)
(agendar|marcar|marcarmos|agendarmos|podemos marcar|podemos agendar|conseguimos marcar|bater) (uma |um )?(breve |rapida |rapido |curta |curto )?(\\d+ ?min~ )?${MEET}
(agendar|marcar|marcarmos|conseguimos marcar|reservar) (\\d+ ?min~|um horario|um tempo)
(uma|um) (breve|rapida|rapido|curta|curto) (call|ligacao|reuniao|conversa|papo|bate-papo|videochamada)
(quando|que horas) (fica bom|seria bom|voce pode|podemos conversar|tem disponibilidade|fica melhor)~
(fica bom|topa|toparia) (uma|um) (\\w+ )?${MEET}
(agende|escolha|reserve|marque) (aqui|um horario|uma reuniao|seu horario)~
na sua agenda
tenho horario~
(vale|valeria) (um|uma) (papo|conversa|call|reuniao)~
`,
  'demo-offer': `
(te|lhe|vos) (mostrar|apresentar|fazer) (uma |a )?(breve |rapida |curta )?(demo|demonstracao)~
(uma|a) (demo|demonstracao) (rapida|breve|gratuita|personalizada|de \\d+|do nosso|da nossa|do produto|ao vivo)~
(demo|demonstracao) (rapida|breve|gratuita|personalizada)
(fazer|agendar|marcar) (uma )?(demo|demonstracao)~
(te|lhe) mostro em \\d+ ?min~
(te|lhe) mostrar como~
(adoraria|gostaria de|queria) (te|lhe) mostrar~
`,
  'product-offer': `
(nossa|nosso|minha|meu|a nossa|o nosso) ([a-z\\-]+ )?(plataforma|solucao|ferramenta|software|app|aplicacao|aplicativo|produto|servico|servicos|crm|sistema|api)
(desenvolvemos|criamos|lancamos|construimos) (uma|um|a|o|nossa|nosso)~
(oferecemos|fornecemos|vendemos|somos especialistas|somos especializados|estamos oferecendo)~
(estou|to) (entrando em contato|te escrevendo|escrevendo|te contatando) (porque|para|pois)~
o motivo da minha (mensagem|abordagem)
e por isso que estou (escrevendo|entrando em contato)
(te|lhe) apresentar (a |o )?(nossa|nosso) ([a-z\\-]+ )?(empresa|plataforma|solucao|produto|ferramenta|servico~)
na [a-z]+,? (criamos|ajudamos|oferecemos|desenvolvemos)~
somos (uma|um) ([a-z\\-]+ )?(empresa|startup|plataforma|consultoria|fornecedor|software house)
acabamos de lancar~
(dirijo|tenho|toco) uma (empresa|consultoria|agencia)~
`,
  'we-help': `
(ajudamos|ajudo|apoiamos|atendemos|trabalhamos com|acompanhamos) (a |as |os )?${OBJ}
(ajudamos|ajudo) (a |o )?[a-z]+~ a (reduzir|aumentar|conseguir|crescer|economizar|poupar|automatizar|melhorar|vender|gerar|escalar|dobrar)~
(empresas|times|equipes|equipas|negocios) como (a sua|o seu|a tua|o teu|a de voces|voces)
(ajudar|te ajudar|ajudar voces|ajudar a sua|ajudar o seu) a (reduzir|aumentar|conseguir|crescer|economizar|poupar|automatizar|melhorar|vender|gerar|escalar|dobrar|fechar)~
(podemos|poderiamos) (te |lhe |vos )?ajudar~
`,
  pricing: `
(nossos|os|nossa|a) (precos|valores|tabela de precos|tarifas)
tabela de (precos|valores)
(preco|valor|condicao|oferta) (especial|exclusiv~|promocional|de lancamento)
\\d+ ?% de desconto
(desconto|promocao|cupom|cupao|codigo promocional)~
(por|ao) (mes|usuario|licenca|ano)
(te|lhe) (mande|mandar|envie|enviar|envio|mando|passo|passar) (os|as|nossa|nosso|nossos|uma|um|a|o) (precos|valores|tabela|orcamento|proposta|cotacao)~
orcamento~
custo bem menor|metade do custo|menor custo
`,
  'trial-offer': `
(teste|auditoria|analise|consultoria|avaliacao|demo|amostra|versao|sessao|diagnostico|piloto|periodo de teste) (gratuit~|gratis|sem custo)
teste gratis|teste gratuito|experimente gratis|experimente gratuitamente
gratis (por|durante) \\d+ dias
\\d+ dias (de teste|gratis)
sem cartao~
sem compromisso
acesso antecipado
periodo de teste
`,
  'case-study': `
case(s)? de sucesso|estudo(s)? de caso|caso(s)? de sucesso
(reduzimos|aumentamos|dobramos|triplicamos|ajudamos|conseguimos|economizamos|geramos|melhoramos) ~
(ja )?(ajudamos|atendemos) empresas como~
(nossos|meus) clientes (costumam |normalmente |em media )?(veem|conseguem|triplicam|dobram|reduzem|aumentam|economizam|obtem)~
\\d+ ?% (a mais|a menos|mais|menos)
(reduzir|aumentar|melhorar|dobrar)~ [a-z ]{1,30} em \\d+
pela metade
clientes como [a-z]+
`,
  'agency-offer': `
(geracao|captacao|prospeccao) de (leads|clientes|reunioes|oportunidades)
lead ?gen~
outsourcing|terceiriza~|body ?shop
(nearshore|offshore)
agencia (de )?([a-z]+ )?(marketing|seo|desenvolvimento|design|publicidade|growth|leads|conteudo|vendas|geracao|performance|digital)~
(somos|temos|dirijo|tenho) (uma )?(agencia|consultoria|software house|fabrica de software)~
reunioes qualificadas|leads qualificados
encher (a sua|sua|a tua) (agenda|pipeline|funil)
(reforcar|ampliar) (o|seu|o seu) (time|equipe)
(ver|enviar|mandar) (alguns )?perfis
desenvolvedores (em|no|na|dedicados|senior)~
`,
  'right-person': `
(voce|vc|o senhor|a senhora|tu) (e|seria|es) a pessoa (certa|indicada|responsavel|correta)
pessoa (certa|indicada|correta) (para|pra)~
quem (cuida|e responsavel|decide|toma as decisoes|gerencia|esta a frente|lida)~
com quem (eu )?(poderia|deveria|posso|devo) falar~
tomador(es)? de decisao
`,
  'soft-ask': `
faz sentido (uma|um|conversarmos|a gente|falarmos|para voce|pra voce)~
faz sentido\\?
(tem|teria) interesse~
(posso|poderia) (te |lhe )?(enviar|mandar|mostrar|preparar|compartilhar|apresentar)~
(quer|gostaria) que eu (te |lhe )?(envie|mande|mostre|apresente)~
(topa|toparia) (uma|um|conversar|bater)~
ver se faz sentido|ver se encaixa
aberto a (explorar|conhecer|uma conversa)~
(me avisa|me avise|me diga se)~
vale (um|uma) (papo|conversa)~
`,
  'purchase-push': `
(compre|assine|contrate|cadastre-se|inscreva-se|garanta ja)~
so (esta|essa) semana|somente (esta|essa) semana|ate (sexta|segunda|o fim do mes)
vagas limitadas|tempo limitado|oferta limitada|por tempo limitado
planos? anua~
plano empresarial|oferta especial|oferta exclusiva|pacote especial
`,
  'pain-hook': `
(ainda) (fazem|faz|fazes|usam|usa|controlam|controla)~ [a-z ]{1,30} (na mao|a mao|manualmente|no excel|em planilhas)
tem um jeito (mais facil|melhor)|existe um jeito (mais facil|melhor)
(imagine|e se) (voce|seu time|sua equipe) (pudesse|conseguisse)~
cansad[oa] de~
`,
  warm: `
(obrigad[oa]|valeu) (pela|pelo|por) (conexao|aceitar|seu comentario|o comentario|compartilhar|nossa|a call|a conversa|a palestra|tirar um tempo|o convite)~
(foi um prazer|prazer em|que bom|adorei) (te |lhe )?(conhecer|conectar|ver|conversar)~
(adorei|gostei|curti|li) (seu|sua|o|a) (post|artigo|publicacao|palestra|thread|comentario|demo que|apresentacao)~
(nossa|a) (call|conversa|reuniao|ligacao|demo) de ontem
a demo que (voce|vc) fez
(parabens|felicidades|feliz aniversario)~
como (combinamos|prometido|conversamos)
algum conselho~
por curiosidade
(voces )?escolheram no fim
(trabalhamos juntos|estivemos juntos|estivemos os dois|nos conhecemos)~
posso apresentar (voces|os dois)
`,
  'no-pitch': `
sem (patrocinadores|vendas|pressa|nenhuma segunda intencao|segundas intencoes|agenda)~
para a (minha )?(tese|dissertacao|pesquisa)|a fazer a minha tese|fazendo minha tese
`,
};
