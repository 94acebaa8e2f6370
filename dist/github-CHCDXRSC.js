import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-PFQ6WIDN.js";
import "./chunk-MXIIN77A.js";
import "./chunk-LQK3ML4U.js";
export {
  context,
  getOctokit
};
