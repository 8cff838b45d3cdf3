// Spanish phrases (folded: no accents, ñ → n). Written with ask framing, as in en.ts.
import type { Lexicon } from '../compile.js';

const MEET = '(llamada|reunion|videollamada|call|charla|conversacion|cafe virtual|zoom|meet|videoconferencia)';
const OBJ = '(empresas|equipos|negocios|marcas|startups|companias|pymes|despachos|agencias|clinicas|ecommerce~|organizaciones)';

export const es: Lexicon = {
  'meeting-ask': `
(te|le|os) (vendria|viene|iria|encaja|parece|apetece|cuadra) (bien )?(una|un|tener una) # ${MEET}
(tienes|tendrias|tiene|tendria|tenes|dispones de|dispondrias de) (\\d+|quince|veinte|treinta|unos) (min~|minutitos)
(agend|program|concert|organiz|reserv|coordin|cuadr|busc|fij)~ (una |un )?(breve |rapida )?${MEET}
`,
  'demo-offer': `
(una|la) (demo|demostracion) (rapida|breve|gratuita|personalizada|de \\d+|de nuestr~|del producto)~
(ensenar|mostrar|contar)(te|le|os) (como|lo que)
`,
  'product-offer': `
(nuestra|nuestro|mi) ([a-z\\-]+ )?(plataforma|solucion|herramienta|software|app|aplicacion|producto|servicio|servicios|crm|sistema|api|propuesta)
`,
  'we-help': `
(ayudamos|ayudo|apoyamos|acompanamos|trabajamos con|asesoramos) (a )?${OBJ}
`,
  pricing: `
`,
  'trial-offer': `
prueba (gratis|gratuita)|pruebalo gratis
`,
  'case-study': `
caso(s)? de exito
(reducir|aumentar|mejorar|duplicar)~ [a-z ]{1,30} (un|en un|hasta un) \\d+
`,
  'agency-offer': `
(somos|tenemos|dirijo|tengo) (una )?(agencia|consultora|software house|factoria de software)~
outsourcing|externaliza~|subcontrata~
`,
  'right-person': `
quien (se encarga|lleva|gestiona|es responsable|decide|toma las decisiones|esta a cargo)~
`,
  'soft-ask': `
(te|le|os) (mando|envio|preparo|puedo (enviar|mandar|pasar|preparar))~
`,
  'purchase-push': `
(compralo|contrata|contratalo|consigue|consiguelo|suscribete|apuntate|inscribete|registrate|reserva tu plaza|haz tu pedido|pide el tuyo) (ya|ahora|hoy mismo|hoy)
(aprovecha|aprovechad|aprovechalo|aproveche) # (oferta|descuento|promocion|precio|rebaja|black friday|plazas|condiciones)~
(ultimas|quedan (solo |apenas )?(\\d+|pocas|dos|tres|cinco)) plazas|ultimas unidades
`,
  'pain-hook': `
(sigues|sigue|seguis|siguen|continuas|continua) (usando|gestionando|haciendo|llevando|controlando|perdiendo|trabajando|dependiendo) # (excel|hojas de calculo|hojas|papel|a mano|manual~|tiempo|horas|clientes|dinero)~
(todavia|aun|sigues|seguis|siguen) # (en|con|a) (excel|hojas de calculo|papel|mano)
hay una (forma|manera) (mejor|mas (facil|sencilla|rapida|inteligente|eficiente))
`,
  warm: `
nos (conocimos|vimos)|coincidimos|por curiosidad|te debo
(enhorabuena|felicidades|felicitaciones|felicito)~
(tu|su) (publicacion|post|charla|articulo|ponencia|entrevista|hilo|podcast|libro)
(como|segun) (hablamos|quedamos|comentamos|te comente|prometi|acordamos)|gracias (de nuevo|por (la|el|tu|su|compartir))
(la|el) (demo|demostracion|reunion|llamada|visita) (de|del) (ayer|lunes|martes|miercoles|jueves|viernes)|que nos (hiciste|hicisteis|diste)|(demo|charla) que (hiciste|diste)|te (comente|prometi)
`,
  answer: `
(me |nos )?(preguntaste|preguntabas|pregunto|preguntaba|preguntabais|consultaste)|(tu|su|vuestra) (pregunta|consulta|duda)
(en )?respuesta a (tu|su|vuestra)|(te|le|os) respondo|respondiendo a (tu|su|lo que)|como (me )?(pediste|pidio|solicitaste|solicito)
`,
  customer: `
(soy|somos) (cliente|clientes|usuario|usuaria|usuarios) (de|suyos|tuyos|vuestros)|(somos|soy) (sus|tus|vuestros) clientes?
clientes? (suyos|tuyos|vuestros)|(ticket|incidencia) (de soporte|abierta|numero)
`,
  'no-pitch': `
sin (ningun )?(interes|animo|intencion) comercial|sin (patrocinadores|ventas)
(busco|buscando) (trabajo|empleo|un puesto)|(tu|su|algun) consejo|(mi|el) (tfm|tfg|tesis|trabajo final)
que (os|te) (ponga|presente) en contacto|(os|te) pongo en contacto
`,
  offer: `
(ayuda|coloca|ofrece|proporciona|suministra|fabrica|arregla|construi|desarrolla|implementa|automatiza|gestiona|disena|crea|vende|instala|recluta|selecciona|integra|migra|produci|distribui|acompana|asesora|entrega|resolve|sustitui|reduci|optimiza|cobra)mos|ofrezco|trabajo con
(hemos|estamos) (ayudado|ayudando|creado|creando|construido|construyendo|lanzado|montado|desarrollado|desarrollando|hecho|sustituido|colocado|implementado|reducido)
(trabajo|te escribo|le escribo) (en|desde|de parte de)
(me gustaria|me encantaria|quisiera|me permito) (tener la oportunidad de )?(presentar|ensenar|mostrar|ofrecer|contar|compartir)~
`,
  results: `
\\d+([.,]\\d+)? ?(%|por ciento|x)
(en|menos de) (\\d+|una|dos|tres|cuatro|cinco|seis|pocas|pocos) (dias|semanas|meses|horas)
(\\d+|dos|tres|cuatro) (dias|semanas|meses) en (vez|lugar) de
a la mitad|duplica~|triplica~|por (dos|tres)
\\d+\\+? (clientes|empresas|marcas|equipos|proyectos|clinicas|hospitales|tiendas|perfiles|puestos)
(empresas|equipos|clientes|marcas) (como|parecid~|similar~)|vuestro tamano|su tamano
`,
  free: `
gratis|gratuit~|sin (coste|costo|compromiso|cargo|riesgo)|de regalo
piloto~|acceso anticipado|primeros usuarios|beta|(\\d+|tres|dos|pocas|cinco) plazas
`,
  fee: `
precios?|tarifas?|honorarios|a exito|comision~|presupuesto|(una|nuestra|mi) propuesta|cotizacion|paquetes?|cobramos|cobrar
(por|al) (hora|mes|usuario|proyecto|puesto|contratacion|cita|empleado)
`,
  'ask-time': `
(lunes|martes|miercoles|jueves|viernes)
a las \\d{1,2}|\\d{1,2}(:\\d\\d)? ?(h|hs|am|pm)
(un|una) (breve |rapida |corta |pequena )?(rato|hueco|llamada|reunion|videollamada|charla|cafe|call|conversacion|presentacion|visita)
(te|le|os) (va|viene|vendria|iria) bien
(tu|su) agenda|(te|le) llamo|llamarte|llamarle|(invitarte|invitarle) a
`,
  'ask-next': `
(puedo|podria|quieres que|te gustaria|le gustaria|me permit~) (te |le )?(enviar|mandar|pasar|ensenar|mostrar|llamar|agendar|reservar|presentar|contar|preparar|tener|hablar|ver)~
(te|le) (interesa|interesaria|encaja|cuadra)~
avisame|dime|digame|me dices|me cuentas|hazme saber|dejame saber
(tiene|tendria) sentido|vale la pena|merece la pena|(ver|veamos) si (encaja|encajais|podemos|tiene)~
(teneis|tienen|tienes|hay) (vacantes|posiciones|proyectos|necesidades|puestos)~
si (quieres|(te|le) parece)
`,
};
