/// Countries with their other names, demonyms and capitals, one country a line:
/// `ISO3|name;other names|demonyms|capital;other seats`.
///
/// Source: written for Faultline from general reference facts (ISO 3166-1 alpha-3 codes, the
/// usual English country names, adjectives of nationality and capital cities); CAMEO uses the
/// same alpha-3 codes. Demonyms here are the adjective and plural forms news text uses.
enum CountryTable {
    static let rows = """
    AFG|Afghanistan|Afghan;Afghans;Afghani|Kabul
    ALB|Albania|Albanian;Albanians|Tirana
    DZA|Algeria|Algerian;Algerians|Algiers
    AGO|Angola|Angolan;Angolans|Luanda
    ARG|Argentina|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
    ARM|Armenia|Armenian;Armenians|Yerevan
    AUS|Australia|Australian;Australians|Canberra
    AUT|Austria|Austrian;Austrians|Vienna
    AZE|Azerbaijan|Azerbaijani;Azeri;Azerbaijanis;Azeris|Baku
    BHR|Bahrain|Bahraini;Bahrainis|Manama
    BGD|Bangladesh|Bangladeshi;Bangladeshis|Dhaka
    BLR|Belarus|Belarusian;Belarusians|Minsk
    BEL|Belgium|Belgian;Belgians|Brussels
    BEN|Benin|Beninese|Porto-Novo
    BTN|Bhutan|Bhutanese|Thimphu
    BOL|Bolivia|Bolivian;Bolivians|La Paz;Sucre
    BIH|Bosnia;Bosnia and Herzegovina|Bosnian;Bosnians|Sarajevo
    BWA|Botswana|Botswanan;Batswana|Gaborone
    BRA|Brazil|Brazilian;Brazilians|Brasilia
    BRN|Brunei|Bruneian;Bruneians|Bandar Seri Begawan
    BGR|Bulgaria|Bulgarian;Bulgarians|Sofia
    BFA|Burkina Faso|Burkinabe|Ouagadougou
    BDI|Burundi|Burundian;Burundians|Gitega
    KHM|Cambodia|Cambodian;Cambodians|Phnom Penh
    CMR|Cameroon|Cameroonian;Cameroonians|Yaounde
    CAN|Canada|Canadian;Canadians|Ottawa
    CAF|Central African Republic|Central African|Bangui
    TCD|Chad|Chadian;Chadians|N'Djamena
    CHL|Chile|Chilean;Chileans|Santiago
    CHN|China;People's Republic of China;PRC|Chinese|Beijing
    COL|Colombia|Colombian;Colombians|Bogota
    COD|Democratic Republic of the Congo;DR Congo;DRC;Congo|Congolese|Kinshasa
    CRI|Costa Rica|Costa Rican;Costa Ricans|San Jose
    HRV|Croatia|Croatian;Croat;Croatians;Croats|Zagreb
    CUB|Cuba|Cuban;Cubans|Havana
    CYP|Cyprus|Cypriot;Cypriots|Nicosia
    CZE|Czech Republic;Czechia|Czech;Czechs|Prague
    DNK|Denmark|Danish;Dane;Danes|Copenhagen
    DJI|Djibouti|Djiboutian|Djibouti
    DOM|Dominican Republic|Dominican;Dominicans|Santo Domingo
    ECU|Ecuador|Ecuadorian;Ecuadorians|Quito
    EGY|Egypt|Egyptian;Egyptians|Cairo
    SLV|El Salvador|Salvadoran;Salvadorans|San Salvador
    ERI|Eritrea|Eritrean;Eritreans|Asmara
    EST|Estonia|Estonian;Estonians|Tallinn
    ETH|Ethiopia|Ethiopian;Ethiopians|Addis Ababa
    FIN|Finland|Finnish;Finn;Finns|Helsinki
    FRA|France|French;Frenchman;Frenchmen|Paris
    GAB|Gabon|Gabonese|Libreville
    GEO|Georgia|Georgian;Georgians|Tbilisi
    DEU|Germany|German;Germans|Berlin
    GHA|Ghana|Ghanaian;Ghanaians|Accra
    GRC|Greece|Greek;Greeks|Athens
    GTM|Guatemala|Guatemalan;Guatemalans|Guatemala City
    GIN|Guinea|Guinean;Guineans|Conakry
    HTI|Haiti|Haitian;Haitians|Port-au-Prince
    HND|Honduras|Honduran;Hondurans|Tegucigalpa
    HUN|Hungary|Hungarian;Hungarians|Budapest
    ISL|Iceland|Icelandic;Icelander;Icelanders|Reykjavik
    IND|India|Indian;Indians|New Delhi
    IDN|Indonesia|Indonesian;Indonesians|Jakarta
    IRN|Iran;Islamic Republic of Iran;Persia|Iranian;Iranians;Persian;Persians|Tehran;Teheran
    IRQ|Iraq|Iraqi;Iraqis|Baghdad
    IRL|Ireland|Irish;Irishman|Dublin
    ISR|Israel|Israeli;Israelis|Jerusalem;Tel Aviv
    ITA|Italy|Italian;Italians|Rome
    CIV|Ivory Coast;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
    JAM|Jamaica|Jamaican;Jamaicans|Kingston
    JPN|Japan|Japanese|Tokyo
    JOR|Jordan|Jordanian;Jordanians|Amman
    KAZ|Kazakhstan|Kazakh;Kazakhs;Kazakhstani|Astana
    KEN|Kenya|Kenyan;Kenyans|Nairobi
    PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
    KOR|South Korea;Republic of Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul
    XKX|Kosovo|Kosovar;Kosovars;Kosovan|Pristina
    KWT|Kuwait|Kuwaiti;Kuwaitis|Kuwait City
    KGZ|Kyrgyzstan|Kyrgyz|Bishkek
    LAO|Laos|Lao;Laotian;Laotians|Vientiane
    LVA|Latvia|Latvian;Latvians|Riga
    LBN|Lebanon|Lebanese|Beirut
    LBR|Liberia|Liberian;Liberians|Monrovia
    LBY|Libya|Libyan;Libyans|Tripoli
    LTU|Lithuania|Lithuanian;Lithuanians|Vilnius
    LUX|Luxembourg|Luxembourgish;Luxembourger|Luxembourg
    MDG|Madagascar|Malagasy|Antananarivo
    MWI|Malawi|Malawian;Malawians|Lilongwe
    MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur
    MLI|Mali|Malian;Malians|Bamako
    MRT|Mauritania|Mauritanian;Mauritanians|Nouakchott
    MEX|Mexico|Mexican;Mexicans|Mexico City
    MDA|Moldova|Moldovan;Moldovans|Chisinau
    MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar
    MNE|Montenegro|Montenegrin;Montenegrins|Podgorica
    MAR|Morocco|Moroccan;Moroccans|Rabat
    MOZ|Mozambique|Mozambican;Mozambicans|Maputo
    MMR|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw
    NAM|Namibia|Namibian;Namibians|Windhoek
    NPL|Nepal|Nepali;Nepalese|Kathmandu
    NLD|Netherlands;Holland|Dutch|Amsterdam;The Hague
    NZL|New Zealand|New Zealander;New Zealanders|Wellington
    NIC|Nicaragua|Nicaraguan;Nicaraguans|Managua
    NER|Niger|Nigerien;Nigeriens|Niamey
    NGA|Nigeria|Nigerian;Nigerians|Abuja
    MKD|North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
    NOR|Norway|Norwegian;Norwegians|Oslo
    OMN|Oman|Omani;Omanis|Muscat
    PAK|Pakistan|Pakistani;Pakistanis|Islamabad
    PSE|Palestine;Palestinian Territories;West Bank;Gaza;Gaza Strip|Palestinian;Palestinians|Ramallah
    PAN|Panama|Panamanian;Panamanians|Panama City
    PNG|Papua New Guinea|Papua New Guinean|Port Moresby
    PRY|Paraguay|Paraguayan;Paraguayans|Asuncion
    PER|Peru|Peruvian;Peruvians|Lima
    PHL|Philippines|Filipino;Filipinos;Philippine|Manila
    POL|Poland|Polish;Pole;Poles|Warsaw
    PRT|Portugal|Portuguese|Lisbon
    QAT|Qatar|Qatari;Qataris|Doha
    ROU|Romania|Romanian;Romanians|Bucharest
    RUS|Russia;Russian Federation|Russian;Russians|Moscow
    RWA|Rwanda|Rwandan;Rwandans|Kigali
    SAU|Saudi Arabia|Saudi;Saudis|Riyadh
    SEN|Senegal|Senegalese|Dakar
    SRB|Serbia|Serbian;Serb;Serbians;Serbs|Belgrade
    SLE|Sierra Leone|Sierra Leonean|Freetown
    SGP|Singapore|Singaporean;Singaporeans|Singapore
    SVK|Slovakia|Slovak;Slovaks;Slovakian|Bratislava
    SVN|Slovenia|Slovenian;Slovene;Slovenians;Slovenes|Ljubljana
    SOM|Somalia|Somali;Somalis|Mogadishu
    ZAF|South Africa|South African;South Africans|Pretoria;Cape Town
    SSD|South Sudan|South Sudanese|Juba
    ESP|Spain|Spanish;Spaniard;Spaniards|Madrid
    LKA|Sri Lanka|Sri Lankan;Sri Lankans|Colombo
    SDN|Sudan|Sudanese|Khartoum
    SWE|Sweden|Swedish;Swede;Swedes|Stockholm
    CHE|Switzerland|Swiss|Bern
    SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
    TWN|Taiwan|Taiwanese|Taipei
    TJK|Tajikistan|Tajik;Tajiks|Dushanbe
    TZA|Tanzania|Tanzanian;Tanzanians|Dodoma;Dar es Salaam
    THA|Thailand|Thai;Thais|Bangkok
    TGO|Togo|Togolese|Lome
    TUN|Tunisia|Tunisian;Tunisians|Tunis
    TUR|Turkey;Turkiye;Türkiye|Turkish;Turk;Turks|Ankara
    TKM|Turkmenistan|Turkmen|Ashgabat
    UGA|Uganda|Ugandan;Ugandans|Kampala
    UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
    ARE|United Arab Emirates;UAE;Emirates|Emirati;Emiratis|Abu Dhabi
    GBR|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales|British;Briton;Britons;English;Scottish;Welsh|London
    USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American;Americans|Washington
    URY|Uruguay|Uruguayan;Uruguayans|Montevideo
    UZB|Uzbekistan|Uzbek;Uzbeks|Tashkent
    VEN|Venezuela|Venezuelan;Venezuelans|Caracas
    VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
    YEM|Yemen|Yemeni;Yemenis|Sanaa;Sana'a;Aden
    ZMB|Zambia|Zambian;Zambians|Lusaka
    ZWE|Zimbabwe|Zimbabwean;Zimbabweans|Harare
    VAT|Vatican;Holy See|Vatican|Vatican City
    """
}
