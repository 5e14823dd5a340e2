// LotsenCore
