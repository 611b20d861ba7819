import { startPage } from './shell.js';

await startPage();
