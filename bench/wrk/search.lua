-- Catalog searches: a random word of the catalog, pages 0 to 2. PATH_PREFIX (env) is "/api/products" by default
-- ("/catalog" for the shop's page), SIZE the page size (12 by default, the shop's page size).
package.path = debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "?.lua;" .. package.path
local words = require("words").words
local path = os.getenv("PATH_PREFIX") or "/api/products"
local size = os.getenv("SIZE") or "12"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + tonumber(tostring({}):sub(8), 16))
end

function request()
  local q = words[math.random(1, #words)]
  local page = math.random(0, 2)
  return wrk.format("GET", path .. "?q=" .. q .. "&page=" .. page .. "&size=" .. size)
end
