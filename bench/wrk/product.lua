-- GET /api/products/{slug} for a random one of the 10,000 generated products (2 % are inactive: 404).
-- Usage: wrk -s product.lua URL   (PREFIX env var: "/api/products/" by default, "/products/" for the shop)
local prefix = os.getenv("PREFIX") or "/api/products/"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1e6) + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", prefix .. "product-" .. math.random(1, 10000))
end
