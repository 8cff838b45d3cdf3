// Frequent function words per language: the language guess counts them (lang-detect.ts).
// Italian and Dutch take part only so that they fall back to "und" instead of being
// mistaken for Spanish, French or German.
import type { Lang } from '../types.js';

export type Candidate = Lang | 'it' | 'nl';
export type Stopwords = Readonly<Record<Candidate, string>>;

export const STOPWORDS: Stopwords = {
  en: 'the and you your to of for with this that is are have would thanks we our it on be can i\'m i\'d i\'ve just about what how will my me at from love hi hey you\'re we\'re new since now which if',
  es: 'el la los las que de y por para con una muy gracias tu mi es te hola tiene tienes nuestro nuestra esta como pero del al me su sus lo le si nos equipo vi ayer encantado',
  fr: 'le la les des est pour vous une avec je merci votre vos sur et du au bonjour nous pas ce qui dans c\'est j\'ai mon ma tres bien aux sont salut ca moi toi ton tes vraiment coucou bjr',
  de: 'der die und ich sie ist nicht mit das ein eine ihr zu den dem wir auf fur uns bei auch es gerne gern haben wie ihnen dir dich hallo mich euch ihre ihrem ihren sind hat danke kurz unser unsere ohne oder aber noch schon sehr mal nur gibt wenn',
  pt: 'o os as nao voce temos nos ate mais uma um muito obrigado obrigada seu sua do da no na ola oi para que pra em ao voces nossa nosso e dos das isso eu te vi sobre tem time tambem mas pelo pela essa esse tudo vc',
  it: 'il della di che per con una sono grazie ciao gli del questo molto tuo come',
  nl: 'de het een en van ik je jij we wij niet met voor zijn dat op bedankt hoi groeten',
};

