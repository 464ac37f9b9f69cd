-- Headless Neovim as a second LSP client of the wa-policy language server.
-- Run by scripts/e2e/neovim.js as:  nvim --headless --clean -u scripts/e2e/nvim-check.lua
-- Inputs (environment): WA_SERVER (dist/server.js), WA_ROOT (workspace folder),
-- WA_FILE (file to open, relative to WA_ROOT), WA_OUT (JSON report to write).
-- Works on Neovim 0.7 (vim.lsp.start_client) and newer.
local server, root, file, out = os.getenv('WA_SERVER'), os.getenv('WA_ROOT'), os.getenv('WA_FILE'), os.getenv('WA_OUT')
local report = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(report) }, out)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'wa-policy',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'fixture' } },
  })
  report.client_started = client_id ~= nil
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. file))
  vim.lsp.buf_attach_client(0, client_id)

  report.got_diagnostics = vim.wait(20000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.source == 'wa-policy' then return true end
    end
    return false
  end, 100)

  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(report.diagnostics, {
      line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = d.code or lsp.code,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end

  -- a hover request over the first finding
  local first = report.diagnostics[1]
  if first then
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(0) },
      position = { line = first.line, character = first.col + 1 },
    }
    local res = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000) or {}
    local texts = {}
    for _, r in pairs(res) do
      local c = r.result and r.result.contents
      if type(c) == 'table' then table.insert(texts, c.value or vim.fn.json_encode(c)) end
      if type(c) == 'string' then table.insert(texts, c) end
    end
    report.hover = table.concat(texts, '\n')
  end

  -- code actions over the open-domain grant, as vim.lsp.buf.code_action() asks for them
  local grant
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if d.code == 'prompt/open-domain-grant' or ((d.user_data or {}).lsp or {}).code == 'prompt/open-domain-grant' then grant = d break end
  end
  if grant then
    local params = vim.lsp.util.make_range_params()
    params.range = { start = { line = grant.lnum, character = grant.col }, ['end'] = { line = grant.end_lnum, character = grant.end_col } }
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, grant.lnum) }
    local res = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 10000) or {}
    report.code_actions = {}
    for _, r in pairs(res) do
      for _, a in ipairs(r.result or {}) do table.insert(report.code_actions, a.title) end
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then report.error = tostring(err) end
finish()
