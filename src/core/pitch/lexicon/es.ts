// Spanish phrases (folded: no accents, ñ → n). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(llamada|reunion|videollamada|call|charla|conversacion|cafe virtual|zoom|meet|videoconferencia)';
const OBJ = '(empresas|equipos|negocios|marcas|startups|companias|pymes|despachos|agencias|clinicas|fabricas|tiendas|ecommerce~|organizaciones|profesionales|directores|responsables|departamentos)';

export const es: Lexicon = {
  'meeting-ask': `
(te|le|os) (vendria|viene|iria|encaja|parece|apetece|cuadra) (bien )?(una|un|tener una|agendar una|hacer una) # ${MEET}
(tienes|tendrias|tiene|tendria|tenes|dispones de|dispondrias de) (\\d+|quince|veinte|treinta|unos) (min~|minutitos)
(agendar|agendamos|agendemos|programar|programamos|concertar|organizar|reservar|coordinar|cuadrar|buscar|buscamos|fijar|fijamos) (una |un )?(breve |rapida |corta |pequena )?(\\d+ ?min~ )?${MEET}
(agendar|programar|reservar|buscar|buscamos|encontrar|encontramos) (\\d+ ?min~|un hueco|un rato|un momento)
(hablamos|nos vemos|charlamos|quedamos|conversamos) (el|este|la|manana|la semana|el proximo|el lunes|el martes|el miercoles|el jueves|el viernes)~
tengo hueco~
`,
  'demo-offer': `
(ensenarte|ensenarle|ensenaros|mostrarte|mostrarle|mostraros|hacerte|hacerle|presentarte|presentarle) (una |la )?(breve |rapida |corta |pequena )?(demo|demostracion)~
(una|la) (demo|demostracion) (rapida|breve|gratuita|personalizada|de \\d+|de nuestr~|del producto)~
(te|le|os) (lo |la )?(ensen|muestr)~ en \\d+ ?min~
(ensenarte|ensenarle|mostrarte|mostrarle) (como|lo que)~
`,
  'product-offer': `
(nuestra|nuestro|mi) ([a-z\\-]+ )?(plataforma|solucion|herramienta|software|app|aplicacion|producto|servicio|servicios|crm|sistema|api|propuesta)
(hemos|he) (desarrollado|creado|lanzado|construido|disenado) (una|un|el|la|nuestra|nuestro)~
(ofrecemos|proporcionamos|vendemos|brindamos|nos especializamos|estamos especializados)~
(te|le|os) (escribo|contacto|contacto porque|escribia) (porque|para|por)~
el motivo de mi (mensaje|contacto)
en [a-z]+,? (hemos|ayudamos|ofrecemos)~
(dirijo|tengo|llevo) una (empresa|consultora|agencia)~
`,
  'we-help': `
(ayudamos|ayudo|apoyamos|acompanamos|trabajamos con|asesoramos) (a )?${OBJ}
(ayudamos|ayudo|acompanamos) a [a-z]+~ (a|en) (reducir|aumentar|conseguir|crecer|ahorrar|automatizar|mejorar|vender|generar|escalar|duplicar)~
(empresas|equipos|negocios|companias) como (la tuya|el tuyo|la suya|el suyo|la vuestra|el vuestro|vosotros)
`,
  pricing: `
(nuestros|nuestras|los|las) (precios|tarifas)
(al|por) mes
(enviarte|enviarle|mandarte|pasarte|te paso|te envio|te mando) (los|las|nuestros|nuestras|un|una|el) (precios|tarifas|presupuesto|propuesta|cotizacion)~
mucho menor|coste mucho menor|a menor coste|mitad de coste|mitad de precio
`,
  'trial-offer': `
(prueba|auditoria|analisis|consultoria|evaluacion|demo|muestra|version|sesion|diagnostico|piloto) (gratuit~|gratis|sin coste|sin costo)
prueba (gratis|gratuita)|pruebalo gratis|prueba gratis
sin tarjeta~
`,
  'case-study': `
caso(s)? de exito
(reducir|aumentar|mejorar|duplicar)~ [a-z ]{1,30} (un|en un|hasta un) \\d+
a la mitad
multiplicar por (dos|tres|\\d+)
`,
  'agency-offer': `
outsourcing|externaliza~|subcontrata~
consultora (seo|de marketing|de ventas|tecnologica|de software|de crecimiento)
(somos|tenemos|dirijo|tengo) (una )?(agencia|consultora|software house|factoria de software)~
llenar(te|le)? (la|tu|su) (agenda|pipeline|embudo)
(reforzar|ampliar) (el|tu|vuestro) equipo
desarrolladores (en|desde) ([a-z]+)
`,
  'right-person': `
(eres|es|seras|sera) (tu |usted )?la persona (adecuada|indicada|correcta|responsable)
quien (se encarga|lleva|gestiona|es responsable|decide|toma las decisiones|esta a cargo)~
`,
  'soft-ask': `
(tendria|tiene) sentido~
te (interesa|interesaria|encajaria|cuadraria)~
(te|le|os) (mando|envio|paso|comparto|preparo|hago|puedo enviar|puedo mandar|puedo pasar|puedo preparar)~
(quieres|quiere|querrias) que (te|le) (envie|mande|pase|ensene|cuente)~
(te parece|le parece) (que )?(hablemos|lo hablemos|charlemos|tengamos)~
ver si (encaja|tiene sentido|os puede|te puede|podemos)~
avisame|me avisas|dime si te interesa|hazmelo saber
`,
  'purchase-push': `
(compra|contrata|suscribete|registrate|reserva ya|empieza hoy)~
solo (por )?(esta semana|este mes|hoy|hasta el viernes)
planes? anual~
`,
  'pain-hook': `
(sigues|siguen|seguis|sigue) (haciendo|usando|gestionando|llevando)~ [a-z ]{1,30} (a mano|manualmente|en excel|en hojas de calculo)
hay una forma mejor|hay una manera mejor
`,
  warm: `
gracias (por|de nuevo por) (conectar|aceptar|tu comentario|compartir|la llamada|nuestra|la charla|sacar tiempo|el contacto)~
(un placer|encantad[oa]|me alegro|me alegra|fue un placer) (de )?(conocerte|conectar|verte|saludarte|hablar|ver que)~
(me encanto|me gusto|disfrute|lei) (tu|la|el) (publicacion|articulo|post|charla|hilo|ponencia|demo que|intervencion|comentario)~
(nuestra|la) (llamada|reunion|charla|conversacion|demo) (de ayer|del otro dia|de la semana pasada|de esta manana)
la demo que (hiciste|diste|presentaste)
(enhorabuena|felicidades|felicitaciones|felicito)~
como te prometi|como quedamos|como hablamos|siguiendo nuestra~
por curiosidad
(elegisteis|elegiste|escogisteis|escogiste|decidisteis|decidiste)~
(coincidimos|trabajamos juntos|nos conocimos)~
`,
  'no-pitch': `
sin (ninguna )?(agenda|prisa|presion|compromiso de ningun tipo|patrocinadores|ventas)~
`,
};
