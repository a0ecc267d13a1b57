import { z } from "zod";

// Zod's own messages (for checks without a custom message) in Vietnamese, on both sides.
z.config(z.locales.vi());
