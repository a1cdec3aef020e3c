-- The catalog's default listing (newest first), pages 0 to 4. PATH_PREFIX (env): "/api/products" by
-- default, "/catalog" for the shop's page; SIZE (env) adds &size= (the API's page size; the shop's is its own).
local path = os.getenv("PATH_PREFIX") or "/api/products"
local size = os.getenv("SIZE")

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + tonumber(tostring({}):sub(8), 16))
end

function request()
  local page = math.random(0, 4)
  return wrk.format("GET", path .. "?page=" .. page .. (size and ("&size=" .. size) or ""))
end
