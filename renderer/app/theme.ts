import { createTheme } from "@mantine/core";
import { foldedFilter } from "../lib/folded-filter";

// Every picker filters the same way: no tone marks needed, best matches first.
const picker = { filter: foldedFilter };

export const theme = createTheme({
  fontFamily: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif", fontWeight: "600" },
  primaryColor: "red",
  primaryShade: 8,
  defaultRadius: "sm",
  components: {
    TextInput: { defaultProps: { autoComplete: "off" } },
    // Mantine keeps a closed Select's options mounted (hidden): a unit filter of a 500-unit
    // district is 500 hidden options rendered again on every render of its page. Mount them
    // when the dropdown opens instead (ui.route_p95_ms, ui.people_list_ms).
    Select: { defaultProps: { ...picker, comboboxProps: { keepMounted: false } } },
    MultiSelect: { defaultProps: picker },
    Autocomplete: { defaultProps: picker },
    TagsInput: { defaultProps: picker },
    // A badge says a state ("Đã ban hành", "Hết hiệu lực"): always in full. Mantine cuts its
    // label with "…" whenever a table cell or a row is narrower than the text.
    Badge: {
      styles: {
        root: { flexShrink: 0, minWidth: "max-content", overflow: "visible" },
        label: { overflow: "visible" },
      },
    },
  },
});
