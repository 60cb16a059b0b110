import type { PostcodeRecord } from "./types.js";

/*
 * Every postcode of the province of Limburg and the municipality (NIS code after 1 January 2025) it belongs to.
 *
 * Sources: the postcode lists of the de.wikipedia arrondissement tables and the 2020 municipality CSV, as compiled in
 * the project's domain facts (§7). The place names (deelgemeenten) per postcode follow bpost's postcode list, as
 * reproduced in public data sets; Dutch names only (the list also carries French forms such as "Saint-Trond").
 */

const p = (postcode: string, municipalityNis: string, placeName: string | null): PostcodeRecord => ({ postcode, municipalityNis, placeName });

export const POSTCODES: PostcodeRecord[] = [
  // Arrondissement Hasselt
  p("3665", "71002", "As"),
  p("3668", "71002", "Niel-bij-As"),
  p("3580", "71004", "Beringen"),
  p("3581", "71004", "Beverlo"),
  p("3582", "71004", "Koersel"),
  p("3583", "71004", "Paal"),
  p("3590", "71011", "Diepenbeek"),
  p("3600", "71016", "Genk"),
  p("3890", "71017", "Gingelom, Boekhout, Jeuk, Kortijs, Montenaken, Niel-bij-Sint-Truiden, Vorsen"),
  p("3891", "71017", "Borlo, Buvingen, Mielen-Boven-Aalst, Muizen"),
  p("3545", "71020", "Halen, Loksbergen, Zelem"),
  p("3500", "71072", "Hasselt, Sint-Lambrechts-Herk"),
  p("3501", "71072", "Wimmertingen"),
  p("3510", "71072", "Kermt, Spalbeek"),
  p("3511", "71072", "Kuringen, Stokrooie"),
  p("3512", "71072", "Stevoort"),
  // former municipality of Kortessem (73040), part of Hasselt since 1 January 2025
  p("3720", "71072", "Kortessem"),
  p("3721", "71072", "Vliermaalroot"),
  p("3722", "71072", "Wintershoven"),
  p("3723", "71072", "Guigoven"),
  p("3724", "71072", "Vliermaal"),
  p("3540", "71024", "Herk-de-Stad, Berbroek, Donk, Schulen"),
  p("3550", "71070", "Heusden, Zolder"),
  p("3970", "71034", "Leopoldsburg"),
  p("3971", "71034", "Heppen"),
  p("3560", "71037", "Lummen, Linkhout, Meldert"),
  p("3850", "71045", "Nieuwerkerken, Binderveld, Kozen, Wijer"),
  p("3800", "71053", "Sint-Truiden, Aalst, Brustem, Engelmanshoven, Gelinden, Groot-Gelmen, Halmaal, Kerkom-bij-Sint-Truiden, Ordingen, Zepperen"),
  p("3803", "71053", "Duras, Gorsem, Runkelen, Wilderen"),
  p("3806", "71053", "Velm"),
  p("3980", "71071", "Tessenderlo"),
  // former municipality of Ham (71069), part of Tessenderlo-Ham since 1 January 2025
  p("3945", "71071", "Ham, Kwaadmechelen, Oostham"),
  p("3520", "71066", "Zonhoven"),
  p("3690", "71067", "Zutendaal"),

  // Arrondissement Maaseik
  p("3950", "72003", "Bocholt, Kaulille, Reppel"),
  p("3960", "72004", "Bree, Beek, Gerdingen, Opitter, Tongerlo"),
  p("3650", "72041", "Dilsen, Elen, Lanklaar, Rotem, Stokkem"),
  p("3930", "72037", "Hamont, Achel"),
  p("3940", "72038", "Hechtel"),
  p("3941", "72038", "Eksel"),
  p("3530", "72039", "Houthalen, Helchteren"),
  p("3640", "72018", "Kinrooi, Kessenich, Molenbeersel, Ophoven"),
  p("3920", "72020", "Lommel"),
  p("3680", "72021", "Maaseik, Neeroeteren, Opoeteren"),
  p("3660", "72042", "Opglabbeek"),
  p("3670", "72042", "Meeuwen-Gruitrode, Ellikom, Gruitrode, Meeuwen, Neerglabbeek, Wijshagen"),
  p("3990", "72030", "Peer, Grote-Brogel, Kleine-Brogel, Wijchmaal"),
  p("3900", "72043", "Overpelt"),
  p("3910", "72043", "Neerpelt, Sint-Huibrechts-Lille"),

  // Arrondissement Tongeren
  p("3570", "73001", "Alken"),
  p("3730", "73110", "Hoeselt, Romershoven, Sint-Huibrechts-Hern, Werm"),
  p("3732", "73110", "Schalkhoven"),
  p("3740", "73110", "Bilzen, Beverst, Eigenbilzen, Grote-Spouwen, Hees, Kleine-Spouwen, Mopertingen, Munsterbilzen, Rijkhoven, Rosmeer, Waltwilder"),
  p("3742", "73110", "Martenslinde"),
  p("3746", "73110", "Hoelbeek, Waltwilder"),
  p("3870", "73022", "Heers, Batsheers, Bovelingen, Heks, Horpmaal, Klein-Gelmen, Mechelen-Bovelingen, Mettekoven, Opheers, Rukkelingen-Loon, Vechmaal, Veulen"),
  p("3717", "73028", "Herstappe"),
  p("3620", "73042", "Lanaken, Gellik, Neerharen, Veldwezelt"),
  p("3621", "73042", "Rekem"),
  p("3630", "73107", "Eisden, Leut, Mechelen-aan-de-Maas, Meeswijk, Opgrimbie, Vucht"),
  p("3631", "73107", "Boorsem, Uikhoven"),
  p("3770", "73066", "Riemst, Genoelselderen, Herderen, Kanne, Membruggen, Millen, Val-Meer, Vlijtingen, Vroenhoven, Zichen-Zussen-Bolder"),
  p("3700", "73111", "Tongeren, 's Herenelderen, Berg, Diets-Heur, Haren, Henis, Kolmont, Koninksem, Lauw, Mal, Neerrepen, Nerem, Overrepen, Piringen, Riksingen, Rutten, Sluizen, Vreren, Widooie"),
  // former municipality of Borgloon (73009), part of Tongeren-Borgloon since 1 January 2025
  p("3840", "73111", "Borgloon, Bommershoven, Broekom, Gors-Opleeuw, Gotem, Groot-Loon, Haren, Hendrieken, Hoepertingen, Jesseren, Kerniel, Kolmont, Kuttekoven, Rijkel, Voort"),
  p("3790", "73109", "Sint-Martens-Voeren, Moelingen"),
  p("3791", "73109", "Remersdaal"),
  p("3792", "73109", "Sint-Pieters-Voeren"),
  p("3793", "73109", "Teuven"),
  p("3798", "73109", "'s-Gravenvoeren"),
  p("3830", "73098", "Wellen, Berlingen"),
  p("3831", "73098", "Herten"),
  p("3832", "73098", "Ulbeek"),
];
