// Spanish phrases (folded: no accents, ñ → n). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(llamada|reunion|videollamada|call|charla|conversacion|cafe virtual|zoom|meet|videoconferencia)';
const OBJ = '(empresas|equipos|negocios|marcas|startups|companias|pymes|despachos|agencias|clinicas|fabricas|tiendas|ecommerce~|organizaciones|profesionales|directores|responsables|departamentos)';

export const es: Lexicon = {
  'meeting-ask': `
(te|le|os) (vendria|viene|iria|encaja|parece|apetece|cuadra) (bien )?(una|un|tener una|agendar una|hacer una) # ${MEET}
(tienes|tendrias|tiene|tendria|tenes|dispones de|dispondrias de) (\\d+|quince|veinte|treinta|unos) (min~|minutitos)
(tienes|tendrias|tiene|tendria) (un )?(hueco|rato|momento|tiempo) (esta|la|el|para|el proximo|la proxima)~
\\d+ ?(min~|mins) (de )?(llamada|reunion|charla|videollamada|demo)
(agendar|agendamos|agendemos|programar|programamos|concertar|organizar|reservar|coordinar|cuadrar|buscar|buscamos|fijar|fijamos) (una |un )?(breve |rapida |corta |pequena )?(\\d+ ?min~ )?${MEET}
(agendar|programar|reservar|buscar|buscamos|encontrar|encontramos) (\\d+ ?min~|un hueco|un rato|un momento)
(hablamos|nos vemos|charlamos|quedamos|conversamos) (el|este|la|manana|la semana|el proximo|el lunes|el martes|el miercoles|el jueves|el viernes)~
cuando (te viene bien|te va bien|te iria bien|tienes hueco|podemos hablar|te encaja|le viene bien)~
(una|un) (breve|rapida|corta|pequena) (llamada|reunion|videollamada|charla|conversacion)
(proponerte|proponerle|proponeros|pedirte|solicitarte) (una|un) (\\w+ )?${MEET}
(reserva|agenda|elige|escoge) (aqui|un hueco|una cita|tu hueco|un horario)~
(hueco|huecos) en (tu|su) agenda
tengo hueco~
`,
  'demo-offer': `
(ensenarte|ensenarle|ensenaros|mostrarte|mostrarle|mostraros|hacerte|hacerle|presentarte|presentarle) (una |la )?(breve |rapida |corta |pequena )?(demo|demostracion)~
(una|la) (demo|demostracion) (rapida|breve|gratuita|personalizada|de \\d+|de nuestr~|del producto)~
(demo|demostracion) (rapida|breve|gratuita|personalizada|en vivo|en directo)
(te|le|os) (lo |la )?(ensen|muestr)~ en \\d+ ?min~
(ensenarte|ensenarle|mostrarte|mostrarle) (como|lo que)~
(solicita|pide|reserva|agenda) (tu |una )?(demo|demostracion)
`,
  'product-offer': `
(nuestra|nuestro|mi) ([a-z\\-]+ )?(plataforma|solucion|herramienta|software|app|aplicacion|producto|servicio|servicios|crm|sistema|api|propuesta)
(hemos|he) (desarrollado|creado|lanzado|construido|disenado) (una|un|el|la|nuestra|nuestro)~
(ofrecemos|proporcionamos|vendemos|brindamos|nos especializamos|estamos especializados)~
(te|le|os) (escribo|contacto|contacto porque|escribia) (porque|para|por)~
el motivo de mi (mensaje|contacto)
(presentarte|presentarle|presentaros) (nuestra|nuestro|mi) ([a-z\\-]+ )?(empresa|plataforma|solucion|producto|herramienta|servicio~)
en [a-z]+,? (hemos|ayudamos|ofrecemos)~
somos (una|un) ([a-z\\-]+ )?(empresa|startup|plataforma|consultora|proveedor)
acabamos de lanzar~
(dirijo|tengo|llevo) una (empresa|consultora|agencia)~
`,
  'we-help': `
(ayudamos|ayudo|apoyamos|acompanamos|trabajamos con|asesoramos) (a )?${OBJ}
(ayudamos|ayudo|acompanamos) a [a-z]+~ (a|en) (reducir|aumentar|conseguir|crecer|ahorrar|automatizar|mejorar|vender|generar|escalar|duplicar)~
(empresas|equipos|negocios|companias) como (la tuya|el tuyo|la suya|el suyo|la vuestra|el vuestro|vosotros)
(ayudar|ayudarte|ayudarle|ayudaros) a (reducir|aumentar|conseguir|crecer|ahorrar|automatizar|mejorar|vender|generar|escalar|duplicar|cerrar)~
(podemos|podriamos) ayudar~
`,
  pricing: `
(nuestros|nuestras|los|las) (precios|tarifas)
(precio|tarifa|oferta) (especial|exclusiv~|de lanzamiento|reducid~)
\\d+ ?% de descuento
(descuento|promocion|cupon|codigo promocional)~
(al|por) mes
por (usuario|licencia|asiento|ano)
(enviarte|enviarle|mandarte|pasarte|te paso|te envio|te mando) (los|las|nuestros|nuestras|un|una|el) (precios|tarifas|presupuesto|propuesta|cotizacion)~
presupuesto (sin compromiso|personalizado)
mucho menor|coste mucho menor|a menor coste|mitad de coste|mitad de precio
`,
  'trial-offer': `
(prueba|auditoria|analisis|consultoria|evaluacion|demo|muestra|version|sesion|diagnostico|piloto) (gratuit~|gratis|sin coste|sin costo)
prueba (gratis|gratuita)|pruebalo gratis|prueba gratis
(gratis|gratuitamente) durante \\d+ dias
\\d+ dias (de prueba|gratis)
sin tarjeta~
sin compromiso
acceso anticipado
(periodo|programa) de prueba
`,
  'case-study': `
caso(s)? de exito
caso(s)? de estudio|estudio de caso
(hemos|he|ha|han)? ?(ayudado|reducido|aumentado|duplicado|triplicado|mejorado|ahorrado|conseguido|generado) (a )?[a-z0-9]+~ # (un|en un|por|a la mitad)~
(redujimos|aumentamos|duplicamos|triplicamos|ayudamos|conseguimos|ahorramos|generamos|mejoramos) ~
(nuestros|mis) clientes (suelen |normalmente |ya )?(ven|consiguen|logran|multiplican|reducen|aumentan|ahorran|obtienen)~
\\d+ ?% (mas|menos)
(reducir|aumentar|mejorar|duplicar)~ [a-z ]{1,30} (un|en un|hasta un) \\d+
a la mitad
multiplicar por (dos|tres|\\d+)
clientes como [a-z]+
`,
  'agency-offer': `
(generacion|captacion) de (leads|clientes|citas|oportunidades)
lead ?gen~
outsourcing|externaliza~|subcontrata~
(nearshore|offshore)
agencia (de )?([a-z]+ )?(marketing|seo|desarrollo|diseno|publicidad|growth|leads|contenido|ventas|generacion)~
consultora (seo|de marketing|de ventas|tecnologica|de software|de crecimiento)
(somos|tenemos|dirijo|tengo) (una )?(agencia|consultora|software house|factoria de software)~
reuniones cualificadas|leads cualificados|citas cualificadas
llenar(te|le)? (la|tu|su) (agenda|pipeline|embudo)
(reforzar|ampliar) (el|tu|vuestro) equipo
perfiles (disponibles|senior|validados)
ver algunos perfiles|enviarte perfiles|te paso perfiles
desarrolladores (en|desde) ([a-z]+)
`,
  'right-person': `
(eres|es|seras|sera) (tu |usted )?la persona (adecuada|indicada|correcta|responsable)
persona (adecuada|indicada|correcta) (para|con quien)~
quien (se encarga|lleva|gestiona|es responsable|decide|toma las decisiones|esta a cargo)~
con quien (podria|deberia|puedo|tendria que) hablar~
interlocutor (adecuado|indicado)
responsable de compras
`,
  'soft-ask': `
(tendria|tiene) sentido~
te (interesa|interesaria|encajaria|cuadraria)~
le (interesa|interesaria)~
os (interesa|interesaria)~
(te|le|os) (mando|envio|paso|comparto|preparo|hago|puedo enviar|puedo mandar|puedo pasar|puedo preparar)~
(quieres|quiere|querrias) que (te|le) (envie|mande|pase|ensene|cuente)~
(te parece|le parece) (que )?(hablemos|lo hablemos|charlemos|tengamos)~
ver si (encaja|tiene sentido|os puede|te puede|podemos)~
abiert[oa] a (explorar|conocer|hablar|una conversacion)~
avisame|me avisas|dime si te interesa|hazmelo saber
vale la pena (hablar|una llamada|explorar)~
`,
  'purchase-push': `
(compra|contrata|suscribete|registrate|reserva ya|empieza hoy)~
solo (por )?(esta semana|este mes|hoy|hasta el viernes)
hasta el (viernes|lunes|final de mes|fin de mes)
plazas limitadas|tiempo limitado|oferta limitada
planes? anual~
paquete especial|oferta especial|oferta exclusiva
`,
  'pain-hook': `
(sigues|siguen|seguis|sigue) (haciendo|usando|gestionando|llevando)~ [a-z ]{1,30} (a mano|manualmente|en excel|en hojas de calculo)
hay una forma mejor|hay una manera mejor
(te imaginas|imagina) (que|si) (pudieras|tu equipo)~
cansad[oa] de~
y si (pudieras|tu equipo pudiera)~
`,
  warm: `
gracias (por|de nuevo por) (conectar|aceptar|tu comentario|compartir|la llamada|nuestra|la charla|sacar tiempo|el contacto)~
(un placer|encantad[oa]|me alegro|me alegra|fue un placer) (de )?(conocerte|conectar|verte|saludarte|hablar|ver que)~
(me encanto|me gusto|disfrute|lei) (tu|la|el) (publicacion|articulo|post|charla|hilo|ponencia|demo que|intervencion|comentario)~
(nuestra|la) (llamada|reunion|charla|conversacion|demo) (de ayer|del otro dia|de la semana pasada|de esta manana)
la demo que (hiciste|diste|presentaste)
(enhorabuena|felicidades|felicitaciones|felicito)~
feliz aniversario
como te prometi|como quedamos|como hablamos|siguiendo nuestra~
(algun|un) consejo~
por curiosidad
(elegisteis|elegiste|escogisteis|escogiste|decidisteis|decidiste)~
(coincidimos|trabajamos juntos|nos conocimos)~
te hago la presentacion
`,
  'no-pitch': `
sin (ninguna )?(agenda|prisa|presion|compromiso de ningun tipo|patrocinadores|ventas)~
no (vendo|quiero venderte|te quiero vender) nada
para mi (tfm|tfg|tesis|investigacion|articulo)
`,
};
