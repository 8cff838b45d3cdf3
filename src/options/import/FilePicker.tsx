// A drop zone around a native file input (keyboard and screen-reader friendly as it is).
// Choosing or dropping files hands them over at once; the input is cleared so the same file
// can be chosen again (importing twice must be possible).
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../ui/i18n.js';

interface Props {
  disabled: boolean;
  onFiles(files: File[]): void;
  /** The visible label of the input. */
  label: string;
}

const ACCEPT = '.zip,.csv';

export function FilePicker({ disabled, onFiles, label }: Props): JSX.Element {
  const [dragging, setDragging] = useState(false);
  const take = (list: FileList | null | undefined): void => {
    const files = list ? [...list] : [];
    if (files.length > 0 && !disabled) onFiles(files);
  };
  return (
    <div
      class={`gk-drop${dragging ? ' gk-drop--over' : ''}`}
      data-drop-zone
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label class="gk-drop__label">
        <span>{label}</span>
        <input
          type="file"
          multiple
          accept={ACCEPT}
          disabled={disabled}
          onChange={(e) => {
            const input = e.currentTarget;
            const files = input.files;
            take(files);
            input.value = '';
          }}
        />
      </label>
      <p class="gk-muted">{t('import_drop_hint')}</p>
    </div>
  );
}
