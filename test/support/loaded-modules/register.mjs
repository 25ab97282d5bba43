// `node --import` this file to record every module the process imports: each resolved URL is
// appended to the file named by LOADED_MODULES_FILE. Plain JavaScript, because it is loaded
// before tsx.
import { register } from "node:module";

register("./record-hooks.mjs", import.meta.url, { data: { file: process.env.LOADED_MODULES_FILE } });
