-- Headless Neovim (0.7+) drives the Dossier server with its built-in LSP client and writes what it saw as JSON.
-- Arguments come from the environment: DOSSIER_SERVER, DOSSIER_ROOT, DOSSIER_FILE, DOSSIER_OUT, DOSSIER_LINE, DOSSIER_COL.
local server = os.getenv("DOSSIER_SERVER")
local root = os.getenv("DOSSIER_ROOT")
local file = os.getenv("DOSSIER_FILE")
local out = os.getenv("DOSSIER_OUT")
local line = tonumber(os.getenv("DOSSIER_LINE"))
local col = tonumber(os.getenv("DOSSIER_COL"))

local function finish(result)
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local indexed = false
local client_id = vim.lsp.start_client({
  name = "dossier",
  cmd = { "node", server, "--stdio" },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = "seeds" } },
  -- the server says when the workspace is indexed; a fixed wait would race it on a busy machine
  handlers = { ["dossier/indexed"] = function() indexed = true end },
})
vim.lsp.buf_attach_client(buf, client_id)

local ok = vim.wait(10000, function()
  local c = vim.lsp.get_client_by_id(client_id)
  return c ~= nil and c.initialized
end, 50)
if not ok then
  finish({ error = "server did not initialise" })
  return
end
if not vim.wait(30000, function() return indexed end, 50) then
  finish({ error = "server did not finish indexing" })
  return
end

local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
local definition = vim.lsp.buf_request_sync(buf, "textDocument/definition", params, 10000)
local function first(responses)
  for _, r in pairs(responses or {}) do
    if r.result then return r.result end
  end
  return vim.NIL
end
finish({ hover = first(hover), definition = first(definition) })
