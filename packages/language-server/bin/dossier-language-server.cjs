#!/usr/bin/env node
"use strict";
// Speaks LSP over --stdio, or over IPC when VS Code starts it with --node-ipc.
require("../dist/server.cjs");
