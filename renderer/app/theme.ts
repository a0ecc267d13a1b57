import { createTheme } from "@mantine/core";

export const theme = createTheme({
  fontFamily: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif", fontWeight: "600" },
  primaryColor: "red",
  primaryShade: 8,
  defaultRadius: "sm",
  components: {
    TextInput: { defaultProps: { autoComplete: "off" } },
  },
});
