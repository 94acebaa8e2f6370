import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateReport
} from "./chunk-WR2AL4C5.js";
import "./chunk-VLUGHWXV.js";
import "./chunk-LQK3ML4U.js";
export {
  validateReport
};
