-- Exact arithmetic on claim values. Every value is an integer in ten-thousandths (claim.value,
-- claim.lo, claim.hi: numbers.SCALE per unit, numbers.DIGITS decimals), so that no comparison ever
-- depends on floating point, and amounts up to 900万亿 fit.
local numbers = {}

numbers.SCALE = 10000
numbers.DIGITS = 4

--- 10^n as an integer (Lua's ^ always gives a float).
local function pow10(n)
  local p = 1
  for _ = 1, n do p = p * 10 end
  return p
end
numbers.pow10 = pow10

--- The scaled value v as a decimal string with at least `decimals` digits after the point.
function numbers.format(v, decimals)
  decimals = decimals or 0
  local sign = v < 0 and "-" or ""
  if v < 0 then v = -v end
  local int, frac = v // numbers.SCALE, v % numbers.SCALE
  local digits = string.format("%0" .. numbers.DIGITS .. "d", frac)
  local keep = numbers.DIGITS
  while keep > decimals and digits:sub(keep, keep) == "0" do keep = keep - 1 end
  return sign .. tostring(int) .. (keep > 0 and ("." .. digits:sub(1, keep)) or "")
end

--- An integer count as a scaled value.
function numbers.scaled(n) return n * numbers.SCALE end

--- The interval of a claim: lo, hi (hi is nil when the claim has no upper bound).
function numbers.interval(claim) return claim.lo, claim.hi end

--- The sum of the intervals of a list of claims: lo, hi (nil when one part is unbounded).
function numbers.sum(claims)
  local lo, hi = 0, 0
  for _, c in ipairs(claims) do
    lo = lo + c.lo
    if hi and c.hi then hi = hi + c.hi else hi = nil end
  end
  return lo, hi
end

--- Whether the intervals [alo, ahi] and [blo, bhi] meet (nil: unbounded above).
function numbers.overlaps(alo, ahi, blo, bhi)
  return (ahi == nil or blo <= ahi) and (bhi == nil or alo <= bhi)
end

--- Whether a percentage written with `decimals` decimals (scaled) can be k/n for a whole k
--- (the GRIM test): round(100·k/n, decimals) == percent for some integer k.
function numbers.grim(percent, decimals, n)
  if n <= 0 then return false end
  local half = pow10(numbers.DIGITS - decimals) // 2            -- half a unit of the last written place
  local low, high = (percent - half) * n, (percent + half) * n
  local unit = 100 * numbers.SCALE                 -- k·unit must fall in [low, high)
  local k = (low + unit - 1) // unit
  if k < 0 then k = 0 end
  return k * unit < high
end

--- The percentage part/whole as a scaled value, rounded half up at `decimals` decimals.
local function gcd(a, b)
  while b ~= 0 do a, b = b, a % b end
  return a
end

function numbers.percent_of(part, whole, decimals)
  local step = pow10(numbers.DIGITS - decimals)
  local g = gcd(part, whole)                       -- keeps part·100·SCALE within 64 bits
  if g > 1 then part, whole = part // g, whole // g end
  local limit = math.maxinteger // (100 * numbers.SCALE)
  while part > limit do part, whole = part // 10, whole // 10 end  -- amounts of 万亿: ten digits are plenty
  local exact_num, exact_den = part * 100 * numbers.SCALE, whole   -- part/whole·100, scaled
  local v = exact_num // exact_den
  local below = v % step             -- round half up at the step
  v = v - below
  if below * 2 >= step then v = v + step end
  return v
end

--- The digits a claim's number was written with (２１９８ → 4).
function numbers.digit_count(claim)
  local n = 0
  for _, cp in utf8.codes(claim.number.text) do
    if (cp >= 0x30 and cp <= 0x39) or (cp >= 0xFF10 and cp <= 0xFF19) then n = n + 1 end
  end
  return n
end
--- The readings of a number whose decimal point was lost (２１９８ → 219.8, 21.98, 2.198), the
--- point moved one place further each time: { {value = …, decimals = …}, … }, keeping those at
--- most `limit` (scaled) when it is given.
function numbers.decimal_readings(claim, limit)
  local readings = {}
  for places = 1, numbers.digit_count(claim) - 1 do
    local value = claim.value // pow10(places)
    if not limit or value <= limit then
      readings[#readings + 1] = { value = value, decimals = claim.decimals + places }
    end
  end
  return readings
end

--- How a value reads in a message: the digits as a bulletin writes them, with its unit.
function numbers.show(value, decimals, unit)
  local text = numbers.format(value, decimals)
  if unit == "%" then return text .. "%" end
  if unit == "个百分点" then return text .. "个百分点" end
  return text .. (unit or "")
end

--- Whether a percentage (scaled, with its decimals) is what part/whole rounds to.
function numbers.share_matches(part, whole, percent, decimals)
  if whole <= 0 then return false end
  return numbers.percent_of(part, whole, decimals) == percent
end


--- The multiplier a claim's number was written with: 10^12 and "万亿", 10^8 and "亿", 10^4 and "万",
--- or 1 and "".
local function magnitude_of(claim)
  local text = claim.number and claim.number.text or ""
  if text:find("万亿", 1, true) then return 1000000000000, "万亿" end
  if text:find("亿", 1, true) then return 100000000, "亿" end
  if text:find("万", 1, true) then return 10000, "万" end
  return 1, ""
end

--- A value shown as the claim writes it: in 万 or 亿 when the claim used them, with its unit
--- (444000 for ４４４万人 with the point moved → "44.4万人"); without_unit leaves the unit off.
function numbers.show_like(claim, value, decimals, without_unit)
  local magnitude, word = magnitude_of(claim)
  local unit = not without_unit and claim.unit or nil
  if unit == "%" or unit == "个百分点" then
    return numbers.format(value, decimals) .. unit
  end
  return numbers.format(value // magnitude, decimals) .. word .. (unit or "")
end

--- The interval a claim's value may have at the precision it is written with: a number with 万 or
--- 亿 (118万公顷) or with decimals (48.1万户, 26.6%) is rounded at its last written place, so it is
--- any value within half a unit of that place (117.5万 to 118.5万); a plain whole number (120家)
--- is exact. Qualified values (余, 约, 以上) keep the interval the qualifier gives. Returns lo, hi
--- (hi nil when unbounded).
function numbers.bounds(claim)
  if claim.qualifier or claim.lo ~= claim.hi or claim.hi == nil then return claim.lo, claim.hi end
  local magnitude = magnitude_of(claim)
  if magnitude == 1 and claim.decimals == 0 and claim.kind ~= "percent" then return claim.lo, claim.hi end
  local unit = magnitude * numbers.SCALE // pow10(claim.decimals)
  local half = unit // 2
  return claim.lo - half, claim.hi + half
end

--- Whether a claim is a rounded figure (its bounds are wider than its value).
function numbers.rounded(claim)
  local lo, hi = numbers.bounds(claim)
  return hi ~= nil and lo < hi and claim.qualifier == nil
end

--- Whether share (a percentage claim) can be part ÷ whole when every figure is any value its
--- written precision allows: [share ± half a unit] meets [part_lo ÷ whole_hi, part_hi ÷ whole_lo].
function numbers.share_possible(part, whole, share)
  if share.value > 100 * numbers.SCALE then return false end
  local plo, phi = numbers.bounds(part)
  local wlo, whi = numbers.bounds(whole)
  if not phi or not whi or wlo <= 0 then return true end
  -- part and whole scaled down together (outwards) below 10^10, so that no product overflows
  local factor = 1
  while math.max(phi, whi) // factor >= 10000000000 do factor = factor * 10 end
  plo, wlo = plo // factor, wlo // factor
  phi, whi = (phi + factor - 1) // factor, (whi + factor - 1) // factor
  if wlo <= 0 then return true end
  local half = pow10(numbers.DIGITS - share.decimals) // 2
  local slo, shi = share.value - half, share.value + half
  -- slo ≤ 100·phi/wlo and 100·plo/whi ≤ shi, cross-multiplied: no division, no rounding
  return slo * wlo <= 100 * phi * numbers.SCALE and 100 * plo * numbers.SCALE <= shi * whi
end

--- The sum of claims at the precision each is written with: lo, hi (hi nil when one is unbounded).
function numbers.sum_bounds(claims)
  local lo, hi = 0, 0
  for _, c in ipairs(claims) do
    local clo, chi = numbers.bounds(c)
    lo = lo + clo
    if hi and chi then hi = hi + chi else hi = nil end
  end
  return lo, hi
end

--- A sum as the text writes its figures: 708.8亿元＋571.4亿元＝1280.2亿元 (in the 万 or 亿 of the
--- first part, with as many decimals as the parts have), an interval as 184～200 when the parts are
--- approximate.
function numbers.show_sum(parts, lo, hi)
  local texts, decimals = {}, 0
  for _, p in ipairs(parts) do
    texts[#texts + 1] = p.text
    if p.decimals > decimals then decimals = p.decimals end
  end
  local first = parts[1]
  local total
  if hi == nil then total = numbers.show_like(first, lo, decimals) .. "以上"
  elseif lo == hi then total = numbers.show_like(first, lo, decimals)
  else total = numbers.show_like(first, lo, decimals, true) .. "～" .. numbers.show_like(first, hi, decimals) end
  return table.concat(texts, "＋") .. "＝" .. total
end

--- Whether a claim states one exact number (no 余, 约, 以上 …, not a range).
function numbers.exact(claim)
  return claim.hi ~= nil and claim.lo == claim.hi and claim.qualifier == nil
end

return numbers
