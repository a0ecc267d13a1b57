import { DateInput, type DateInputProps } from "@mantine/dates";
import { useEffect, useRef, useState, type FocusEvent } from "react";
import { useWorkingYear } from "../app/WorkingYearSelect";

const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * What the officer typed in a date field, read as day/month/year ("5/2/2025" is 5 February): the
 * day as YYYY-MM-DD, null when nothing is typed, or why the text is not a day. "30/3" and
 * "30/03" are in the working year.
 */
export function readTypedDate(
  text: string,
  workingYear: number,
): { iso: string | null } | { error: string } {
  const typed = text.trim();
  if (!typed) return { iso: null };
  const m = DATE_TEXT.exec(typed);
  if (!m)
    return {
      error: `“${typed}” không phải là ngày: gõ ngày/tháng/năm, ví dụ 30/03/${workingYear}`,
    };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : workingYear];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return { error: `Ngày ${pad(d)}/${pad(mo)}/${y} không có thật` };
  return { iso: `${y}-${pad(mo)}-${pad(d)}` };
}

/**
 * The app's one date input. Text that is not a day stays on screen with the reason under it, and
 * the input is marked invalid (setCustomValidity), so its form cannot be submitted until the
 * officer corrects or clears it: nothing is saved that was not typed.
 */
export function DateField({
  error,
  onBlur,
  ...props
}: Omit<DateInputProps, "valueFormat" | "dateParser" | "fixOnBlur">) {
  const year = useWorkingYear() ?? new Date().getFullYear();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Shown once the officer leaves the field or tries to save, not while still typing.
  const [shown, setShown] = useState(false);
  // A value set from outside (a day picked in the calendar, the clear button, a reset) replaces
  // whatever was typed; a typed text that is a day sets the value itself.
  const [seen, setSeen] = useState(props.value);
  if (seen !== props.value) {
    setSeen(props.value);
    setProblem(null);
  }
  useEffect(() => input.current?.setCustomValidity(problem ?? ""), [problem]);
  const parse = (text: string) => {
    const read = readTypedDate(text, year);
    return "iso" in read ? read.iso : null;
  };
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      clearable={false}
      {...props}
      ref={input}
      dateParser={parse}
      // A day is shown back in full ("30/3" → "30/03/2026"); any other text stays as typed.
      fixOnBlur={!problem}
      error={(shown && problem) || error}
      // The calendar would cover the reason; it comes back as soon as the officer types.
      popoverProps={
        shown && problem ? { ...props.popoverProps, opened: false } : props.popoverProps
      }
      onInput={(e) => {
        const read = readTypedDate(e.currentTarget.value, year);
        setProblem("error" in read ? read.error : null);
        setShown(false);
      }}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        setShown(true);
        onBlur?.(e);
      }}
      onInvalid={(e) => {
        // The reason is shown under the field rather than in the browser's bubble.
        e.preventDefault();
        setShown(true);
      }}
    />
  );
}
