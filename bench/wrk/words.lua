-- The catalog's vocabulary (bench/sql/words.txt), for scripts that search like shoppers do.
local M = {}
local dir = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
M.words = {}
for line in io.lines(dir .. "../sql/words.txt") do
  for word in line:gmatch("%S+") do
    M.words[#M.words + 1] = word
  end
end
return M
