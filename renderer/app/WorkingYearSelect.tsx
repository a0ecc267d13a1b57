import { Select } from "@mantine/core";
import { useApiMutation, useApiQuery } from "../api/hooks";
import { useUnsavedChanges } from "./unsaved-changes";

/** The working year (năm thi đua), held app-wide in the settings so both doors share it. */
export function useWorkingYear(): number | null {
  return useApiQuery("settings.getPreferences", {}).data?.workingYear ?? null;
}

export function WorkingYearSelect() {
  const year = useWorkingYear();
  const save = useApiMutation("settings.savePreferences", { success: "Đã chuyển năm làm việc" });
  // Pages follow the working year: a form of the old year would lose what is not saved yet.
  const { confirmDiscard } = useUnsavedChanges();
  const current = new Date().getFullYear();
  const years = new Set<number>();
  for (let y = current + 1; y >= current - 10; y--) years.add(y);
  if (year) years.add(year);
  return (
    <Select
      aria-label="Năm thi đua"
      w={150}
      leftSection={<span style={{ fontSize: 12, paddingLeft: 4 }}>Năm</span>}
      leftSectionWidth={44}
      data={[...years].sort((a, b) => b - a).map((y) => String(y))}
      value={year ? String(year) : null}
      allowDeselect={false}
      onChange={(v) => v && confirmDiscard(() => save.mutate({ workingYear: Number(v) }))}
    />
  );
}
