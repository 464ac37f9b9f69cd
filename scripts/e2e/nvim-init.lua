-- wa-policy language server in Neovim 0.7 (Debian 12's neovim); also works in later versions.
-- Put it in ~/.config/nvim/init.lua (or `:luafile` it) and set `server` to your checkout's dist/server.js.
local server = os.getenv('WA_POLICY_SERVER') or vim.fn.expand('~/src/wa-policy-lint/dist/server.js')

-- the folder holding .wa-policy.yaml or .git above the file, else the current directory
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local cfg = vim.fn.findfile('.wa-policy.yaml', dir .. ';')
  if cfg ~= '' then return vim.fn.fnamemodify(cfg, ':p:h') end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return vim.fn.getcwd()
end

local clients = {} -- one server per root folder
vim.cmd([[
  augroup wa_policy
    autocmd!
    autocmd BufRead,BufNewFile *.prompty,*.prompt setfiletype text
    autocmd FileType markdown,yaml,json,text lua WaPolicyAttach(tonumber(vim.fn.expand('<abuf>')))
  augroup END
]])
function WaPolicyAttach(buf)
  local file = vim.api.nvim_buf_get_name(buf)
  if file == '' then return end
  local root = root_of(file)
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client({
      name = 'wa-policy',
      cmd = { 'node', server, '--stdio' },
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    })
    clients[root] = id
  end
  vim.lsp.buf_attach_client(buf, id)
end
