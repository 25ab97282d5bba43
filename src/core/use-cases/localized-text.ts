import * as z from "zod";

/** Campaign titles and stories: Indonesian always, Korean and English when staff wrote them. */
export const localizedTextSchema = z.object({
  id: z.string().min(1),
  ko: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
