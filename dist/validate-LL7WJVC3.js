import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  validateReport
} from "./chunk-L7OE6DDO.js";
import "./chunk-VLUGHWXV.js";
import "./chunk-LQK3ML4U.js";
export {
  validateReport
};
