-- wrk script: what readers of a blog ask for, in proportion: 60 % post pages spread over every post in
-- both languages, 15 % the front door (/) in either language, 10 % list pages, 10 % feed polls that
-- already have the feed (If-None-Match), 5 % static assets; all with a browser's Accept-Encoding.
-- MIX_POSTS: how many posts; MIX_LISTS, MIX_ASSETS: space-separated paths; MIX_FEED_ETAG: the feed's tag
-- as this server sends it; MIX_REPORT: the path of report.lua.
local posts = tonumber(os.getenv("MIX_POSTS") or "1000")
local function split(s)
  local t = {}
  for p in string.gmatch(s or "", "%S+") do t[#t + 1] = p end
  return t
end
local lists = split(os.getenv("MIX_LISTS"))
local assets = split(os.getenv("MIX_ASSETS"))
local feedTag = os.getenv("MIX_FEED_ETAG") or ""
local browser = "gzip, deflate, br, zstd"
local n = 0

request = function()
  n = n + 1
  local slot = n % 20
  local headers = { ["Accept-Encoding"] = browser }
  local path
  if slot < 12 then
    local language = (n % 3 == 0) and "vi" or "en"
    path = string.format("/%s/posts/post-%05d", language, (n * 7919) % posts)
  elseif slot < 15 then
    path = "/"
    headers["Accept-Language"] = (n % 2 == 0) and "vi-VN,vi;q=0.9,en;q=0.8" or "en-US,en;q=0.9"
  elseif slot < 17 then
    path = lists[(n % #lists) + 1]
  elseif slot < 19 then
    path = "/feed.xml"
    headers["If-None-Match"] = feedTag
  else
    path = assets[(n % #assets) + 1]
  end
  return wrk.format("GET", path, headers)
end

-- The same RESULT line as every other row (report.lua's "done"; vs-nginx.sh says where it is).
dofile(assert(os.getenv("MIX_REPORT"), "MIX_REPORT: the path of report.lua"))
