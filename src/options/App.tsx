// The options page: a left nav of plain links (#policy, #cadence…) and one section at a time.
// Links keep keyboard use simple (Tab, Enter) and make every section addressable, which the
// popup uses to open #import.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n.js';
import { AuditPanel } from './audit/AuditPanel.js';
import { ImportPanel } from './import/ImportPanel.js';
import { AllowListSection } from './AllowListSection.js';
import { BackupSection } from './BackupSection.js';
import { CadenceSection } from './CadenceSection.js';
import { DeleteSection } from './DeleteSection.js';
import { NotificationsSection } from './NotificationsSection.js';
import { PolicySection } from './PolicySection.js';
import { PrivacySection } from './PrivacySection.js';
import { SECTION_LABEL, SECTIONS, sectionFromHash, type SectionId } from './sections.js';
import { useSettings, type SettingsState } from './useSettings.js';

function Body({ id, settings }: { id: SectionId; settings: SettingsState }) {
  switch (id) {
    case 'policy':
      return <PolicySection state={settings} />;
    case 'cadence':
      return <CadenceSection state={settings} />;
    case 'notifications':
      return <NotificationsSection state={settings} />;
    case 'allow-list':
      return <AllowListSection />;
    case 'import':
      return <ImportPanel />;
    case 'audit':
      return <AuditPanel />;
    case 'backup':
      return <BackupSection />;
    case 'delete':
      return <DeleteSection />;
    case 'privacy':
      return <PrivacySection />;
  }
}

export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(location.hash));
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const settings = useSettings();

  useEffect(() => {
    document.title = t('options_title');
    const onHash = (): void => {
      navigated.current = true;
      setSection(sectionFromHash(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // After a nav click, focus the section heading so screen readers and Tab start there.
  useEffect(() => {
    if (navigated.current) heading.current?.focus();
  }, [section]);

  return (
    <div class="options-root" data-gatekeeper-options={settings.settings ? 'ready' : 'loading'}>
      <header class="options-header">
        <span class="logo" aria-hidden="true" />
        <h1>{t('options_title')}</h1>
      </header>
      <div class="options-layout">
        <nav aria-label={t('options_nav_label')} class="side-nav">
          <ul>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === section ? 'page' : undefined} class={`nav-${id}`}>
                  {t(SECTION_LABEL[id])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main class="section" aria-labelledby="section-h" data-section={section}>
          <h2 id="section-h" tabIndex={-1} ref={heading}>
            {t(SECTION_LABEL[section])}
          </h2>
          <Body id={section} settings={settings} />
        </main>
      </div>
    </div>
  );
}
