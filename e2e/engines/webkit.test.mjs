// WebKitGTK's run of the cross-engine suite (suite.mjs).
import { suite } from './suite.mjs';

suite('webkit');
