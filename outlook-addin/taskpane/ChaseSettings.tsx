/**
 * The chase in the pane's settings: the default ladder (delays, pre-due on or off, tone), the named ladders the
 * user assigns to clients, the chase days and hours, the holidays kept off and the thank-you on payment. The
 * values are the service's SettingsView; SettingsView.tsx saves them with the rest.
 */
import { useState } from 'react';
import { Button, Checkbox, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { LADDER_PRESETS, ladderIdFor, type LadderPreset } from '../../shared/core/ladder/ladders';
import { LADDER_TONES, type LadderTone } from '../../shared/core/schedule/settings';
import { HOLIDAY_CALENDARS, type HolidayCalendar } from '../../shared/core/schedule/public-holidays';
import type { MessageKey } from '../../shared/app/i18n';
import type { SettingsView } from '../../shared/app/messages';
import type { PaneTranslate } from './strings';
import { useStyles } from './ui';

export type Ladder = SettingsView['ladders'][number];
export type LadderValues = Omit<Ladder, 'id' | 'name'>;
export interface ChaseForm {
  ladder: LadderValues;
  ladders: Ladder[];
  chase: SettingsView['chase'];
  thankYou: boolean;
}

export function chaseFormOf(settings: SettingsView): ChaseForm {
  const l = settings.ladder;
  return {
    ladder: { courteousAfterDays: l.courteousAfterDays ?? 1, firmAfterDays: l.firmAfterDays, formalAfterDays: l.formalAfterDays, preDueDays: l.preDueDays ?? 0, tone: l.tone ?? 'auto' },
    ladders: settings.ladders,
    chase: settings.chase,
    thankYou: settings.thankYou,
  };
}

const PRE_DUE_DEFAULT = 3;

function LadderFields({ value, prefix, t, onChange }: { value: LadderValues; prefix: string; t: PaneTranslate; onChange(patch: Partial<LadderValues>): void }) {
  const s = useStyles();
  const num = (key: 'courteousAfterDays' | 'firmAfterDays' | 'formalAfterDays' | 'preDueDays') => (
    <Field label={t(`ladder_${key}` as MessageKey)}>
      <Input type="number" name={`${prefix}${key}`} min={1} value={String(value[key])} onChange={(_, d) => onChange({ [key]: Math.max(1, Number(d.value) || 1) })} />
    </Field>
  );
  return (
    <div className={s.row}>
      {num('courteousAfterDays')}
      {num('firmAfterDays')}
      {num('formalAfterDays')}
      <Checkbox name={`${prefix}preDue`} label={t('ladder_preDue')} checked={value.preDueDays > 0} onChange={(_, d) => onChange({ preDueDays: d.checked ? PRE_DUE_DEFAULT : 0 })} />
      {value.preDueDays > 0 && num('preDueDays')}
      <Field label={t('tone')}>
        <Select name={`${prefix}tone`} value={value.tone} onChange={(_, d) => onChange({ tone: d.value as LadderTone })}>
          {LADDER_TONES.map((tone) => <option key={tone} value={tone}>{t(`ladderTone_${tone}` as MessageKey)}</option>)}
        </Select>
      </Field>
    </div>
  );
}

export function ChaseSettings({ value, t, onChange }: { value: ChaseForm; t: PaneTranslate; onChange(next: ChaseForm): void }) {
  const s = useStyles();
  const [preset, setPreset] = useState<LadderPreset | 'default'>('late-payer');
  const set = (patch: Partial<ChaseForm>) => onChange({ ...value, ...patch });
  const add = () => {
    const name = preset === 'default' ? t('ladder_new') : t(`ladderPreset_${preset}` as MessageKey);
    set({ ladders: [...value.ladders, { id: ladderIdFor(name, value.ladders.map((l) => l.id)), name, ...(preset === 'default' ? value.ladder : LADDER_PRESETS[preset]) }] });
  };
  return (
    <div className={s.section} data-testid="chase-settings">
      <Subtitle2>{t('ladderSettings')}</Subtitle2>
      <LadderFields value={value.ladder} prefix="" t={t} onChange={(patch) => set({ ladder: { ...value.ladder, ...patch } })} />
      <Subtitle2>{t('laddersNamed')}</Subtitle2>
      {value.ladders.map((l, i) => (
        <div key={l.id} className={s.form} data-ladder={l.id}>
          <Field label={t('ladder_name')}>
            <Input name={`ladder-${i}-name`} value={l.name} onChange={(_, d) => set({ ladders: value.ladders.map((x, k) => (k === i ? { ...x, name: d.value } : x)) })} />
          </Field>
          <LadderFields value={l} prefix={`ladder-${i}-`} t={t} onChange={(patch) => set({ ladders: value.ladders.map((x, k) => (k === i ? { ...x, ...patch } : x)) })} />
          <div className={s.row}>
            <Button size="small" data-action="delete-ladder" onClick={() => set({ ladders: value.ladders.filter((_, k) => k !== i) })}>{t('ladder_delete')}</Button>
          </div>
        </div>
      ))}
      <div className={s.row}>
        <Select aria-label={t('ladder_preset')} name="ladderPreset" value={preset} onChange={(_, d) => setPreset(d.value as LadderPreset | 'default')}>
          {(['late-payer', 'reliable'] as const).map((p) => <option key={p} value={p}>{t(`ladderPreset_${p}` as MessageKey)}</option>)}
          <option value="default">{t('ladderPreset_copy')}</option>
        </Select>
        <Button size="small" data-action="add-ladder" onClick={add}>{t('ladder_add')}</Button>
      </div>
      <Subtitle2>{t('chaseSlots')}</Subtitle2>
      <div className={s.row}>
        {[1, 2, 3, 4, 5].map((d) => (
          <Checkbox key={d} name={`chaseDay-${d}`} label={t(`weekday_${d}` as MessageKey)} checked={value.chase.days.includes(d)} onChange={(_, e) => set({ chase: { ...value.chase, days: e.checked ? [...value.chase.days, d].sort() : value.chase.days.filter((x) => x !== d) } })} />
        ))}
      </div>
      <div className={s.row}>
        <Field label={t('chaseFrom')}>
          <Input type="number" name="chaseFrom" min={0} max={23} value={String(value.chase.hours.from)} onChange={(_, d) => set({ chase: { ...value.chase, hours: { ...value.chase.hours, from: Number(d.value) } } })} />
        </Field>
        <Field label={t('chaseTo')}>
          <Input type="number" name="chaseTo" min={1} max={24} value={String(value.chase.hours.to)} onChange={(_, d) => set({ chase: { ...value.chase, hours: { ...value.chase.hours, to: Number(d.value) } } })} />
        </Field>
        <Field label={t('holidayCalendar')}>
          <Select name="holidays" value={value.chase.holidays} onChange={(_, d) => set({ chase: { ...value.chase, holidays: d.value as HolidayCalendar } })}>
            {HOLIDAY_CALENDARS.map((h) => <option key={h} value={h}>{t(`holidays_${h.replace(/-/g, '_')}` as MessageKey)}</option>)}
          </Select>
        </Field>
      </div>
      <Checkbox name="thankYou" label={t('thankYouSetting')} checked={value.thankYou} onChange={(_, d) => set({ thankYou: !!d.checked })} />
    </div>
  );
}
