// The store's public face: the worker imports from here; pages reach it by message.
export { openStore, type OpenOptions } from './db.js';
export { DB_NAME, MIGRATIONS, type GkDb, type Migration } from './schema.js';
export type { BackupFile, ContactRow, EventRow, ReminderRow, ReminderStatus } from './records.js';
export { contactSummary, findContactByAlias, holdPitch, observeContact, recordEvents, setAllowListed, upsertContact } from './repository.js';
export { pageAllowListed, pageContacts, searchByName } from './paging.js';
export { actOnReminder, dueCount, dueReminders, newlyDue, reminderById, wakeSnoozed, type ReminderAction } from './reminders.js';
export { dashboard } from './dashboard.js';
export { requestRestage, restageSlice } from './restage.js';
export { cadenceDiffers, replanCadence } from './replan.js';
export { contactDetail } from './detail.js';
export { deleteEverything, exportBackup, parseBackup, replaceAll } from './backup.js';
export { abortImport, beginImport, finishImport, importBatch } from './imports.js';
export type { Written } from './write.js';
export type { WriteContext } from './writer.js';
