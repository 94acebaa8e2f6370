import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-ACS4PJZR.js";
import "./chunk-LQK3ML4U.js";
export default require_picomatch();
