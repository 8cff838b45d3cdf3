// Stage and reminder-kind wording, shared by the popup and the options page.
import type { CadenceKind, Stage } from '../core/types.js';
import type { MessageKey } from './i18n.js';

export const STAGES: readonly Stage[] = ['stranger', 'pending', 'new', 'warming', 'warm'];

export const STAGE_LABEL: Readonly<Record<Stage, MessageKey>> = {
  stranger: 'stage_stranger',
  pending: 'stage_pending',
  new: 'stage_new',
  warming: 'stage_warming',
  warm: 'stage_warm',
};

export const KIND_LABEL: Readonly<Record<CadenceKind, MessageKey>> = {
  thank: 'kind_thank',
  engage: 'kind_engage',
  ask: 'kind_ask',
  ready: 'kind_ready',
  'held-pitch': 'kind_held_pitch',
};
