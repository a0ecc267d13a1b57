import { z } from "zod";
import { mutation } from "./define";

export const pickedFileSchema = z.object({
  /** Absolute path the backend reads; see electron/api/files.ts for which paths are accepted. */
  path: z.string(),
  name: z.string(),
  size: z.number(),
});
export type PickedFile = z.infer<typeof pickedFileSchema>;

const extension = z.string().regex(/^[a-z0-9]{1,8}$/, "Phần mở rộng tệp không hợp lệ");

export const filesProcedures = {
  /** The desktop app's open dialog; browser mode uploads through the page instead. */
  "files.chooseOpenFile": mutation(
    z.object({ title: z.string().max(200), extensions: z.array(extension).min(1) }),
    pickedFileSchema.nullable(),
  ),
  /** Open a file the app produced (in the data folder) with the system's app, or show it in its folder. */
  "files.show": mutation(
    z.object({ path: z.string().min(1), action: z.enum(["open", "reveal"]) }),
    z.object({ path: z.string() }),
  ),
};
