// A labelled checkbox with help text: the settings' on/off switches.
interface Props {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ id, label, help, checked, onChange }: Props) {
  return (
    <div class="field toggle">
      <input id={id} type="checkbox" checked={checked} aria-describedby={help ? `${id}-help` : undefined} onChange={(e) => onChange(e.currentTarget.checked)} />
      <div>
        <label for={id}>{label}</label>
        {help && (
          <p class="help" id={`${id}-help`}>
            {help}
          </p>
        )}
      </div>
    </div>
  );
}
