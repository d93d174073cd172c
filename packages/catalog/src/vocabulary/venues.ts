import type { VenueWords } from './types.ts';

/*
 * Venues per city: one lifelong-learning centre, neighbourhood learning rooms in real dong/eup/myeon
 * of the city, and for some cities a public library. Building numbers are illustrative.
 */

const center = (name: string, address: string): VenueWords => ({
  name,
  kind: 'LEARNING_CENTER',
  address,
  dong: null,
});

const neighborhood = (dong: string, address: string): VenueWords => ({
  name: `${dong} 행정복지센터 평생학습실`,
  kind: 'NEIGHBORHOOD_CENTER',
  address,
  dong,
});

const library = (name: string, address: string, dong: string | null = null): VenueWords => ({
  name,
  kind: 'LIBRARY',
  address,
  dong,
});

export const cityVenues: Readonly<Record<string, readonly VenueWords[]>> = {
  suwon: [
    center('수원시평생학습관', '경기도 수원시 팔달구 정조로 777'),
    neighborhood('매탄동', '경기도 수원시 영통구 매영로 345'),
    neighborhood('인계동', '경기도 수원시 팔달구 권광로 185'),
    neighborhood('정자동', '경기도 수원시 장안구 수성로 245'),
    library('수원시 선경도서관', '경기도 수원시 팔달구 향교로 2', '교동'),
  ],
  seongnam: [
    center('성남시평생학습관', '경기도 성남시 수정구 수정로 218'),
    neighborhood('정자동', '경기도 성남시 분당구 정자일로 152'),
    neighborhood('수내동', '경기도 성남시 분당구 황새울로 240'),
    neighborhood('상대원동', '경기도 성남시 중원구 둔촌대로 457'),
    library('성남시 중앙도서관', '경기도 성남시 분당구 성남대로 550', '서현동'),
  ],
  uijeongbu: [
    center('의정부시평생학습관', '경기도 의정부시 시민로 80'),
    neighborhood('호원동', '경기도 의정부시 평화로 283'),
    neighborhood('신곡동', '경기도 의정부시 신곡로 41'),
    neighborhood('민락동', '경기도 의정부시 민락로 212'),
  ],
  anyang: [
    center('안양시평생학습원', '경기도 안양시 동안구 평촌대로 389'),
    neighborhood('평촌동', '경기도 안양시 동안구 평촌대로 127'),
    neighborhood('비산동', '경기도 안양시 동안구 관악대로 164'),
    neighborhood('석수동', '경기도 안양시 만안구 경수대로 1201'),
    neighborhood('호계동', '경기도 안양시 동안구 경수대로 623'),
  ],
  bucheon: [
    center('부천시평생학습센터', '경기도 부천시 원미구 길주로 210'),
    neighborhood('중동', '경기도 부천시 원미구 중동로 254'),
    neighborhood('상동', '경기도 부천시 원미구 조마루로 105'),
    neighborhood('송내동', '경기도 부천시 소사구 송내대로 48'),
    neighborhood('고강동', '경기도 부천시 오정구 고리울로 37'),
  ],
  gwangmyeong: [
    center('광명시평생학습원', '경기도 광명시 오리로 613'),
    neighborhood('철산동', '경기도 광명시 철산로 30'),
    neighborhood('하안동', '경기도 광명시 하안로 288'),
    library('광명시 하안도서관', '경기도 광명시 하안로 369', '하안동'),
  ],
  pyeongtaek: [
    center('평택시평생학습센터', '경기도 평택시 경기대로 1366'),
    neighborhood('비전동', '경기도 평택시 평택로 154'),
    neighborhood('안중읍', '경기도 평택시 안중읍 안현로 371'),
    neighborhood('팽성읍', '경기도 평택시 팽성읍 팽성대교길 12'),
    neighborhood('고덕동', '경기도 평택시 고덕중앙로 205'),
  ],
  dongducheon: [
    center('동두천시평생학습관', '경기도 동두천시 중앙로 167'),
    neighborhood('생연동', '경기도 동두천시 평화로 2431'),
    neighborhood('보산동', '경기도 동두천시 중앙로 43'),
    neighborhood('송내동', '경기도 동두천시 지행로 64'),
  ],
  ansan: [
    center('안산시평생학습관', '경기도 안산시 단원구 광덕대로 171'),
    neighborhood('고잔동', '경기도 안산시 단원구 고잔로 65'),
    neighborhood('원곡동', '경기도 안산시 단원구 원곡로 45'),
    neighborhood('본오동', '경기도 안산시 상록구 본오로 60'),
    library('안산시 감골도서관', '경기도 안산시 상록구 감골로 136', '사동'),
  ],
  goyang: [
    center('고양시평생학습관', '경기도 고양시 일산동구 중앙로 1275'),
    neighborhood('주엽동', '경기도 고양시 일산서구 주엽로 120'),
    neighborhood('화정동', '경기도 고양시 덕양구 화중로 104'),
    neighborhood('행신동', '경기도 고양시 덕양구 충장로 72'),
    library('고양시 아람누리도서관', '경기도 고양시 일산동구 중앙로 1286', '마두동'),
  ],
  gwacheon: [
    center('과천시평생학습센터', '경기도 과천시 관문로 69'),
    neighborhood('별양동', '경기도 과천시 별양로 110'),
    neighborhood('부림동', '경기도 과천시 부림로 92'),
    library('과천시 정보과학도서관', '경기도 과천시 중앙로 83', '중앙동'),
  ],
  guri: [
    center('구리시평생학습관', '경기도 구리시 건원대로 34'),
    neighborhood('인창동', '경기도 구리시 인창로 77'),
    neighborhood('교문동', '경기도 구리시 교문로 53'),
    neighborhood('갈매동', '경기도 구리시 갈매순환로 166'),
  ],
  namyangju: [
    center('남양주시평생학습관', '경기도 남양주시 경춘로 1037'),
    neighborhood('다산동', '경기도 남양주시 다산중앙로 82'),
    neighborhood('와부읍', '경기도 남양주시 와부읍 덕소로 134'),
    neighborhood('화도읍', '경기도 남양주시 화도읍 마석로 22'),
    neighborhood('진접읍', '경기도 남양주시 진접읍 장현로 83'),
  ],
  osan: [
    center('오산시평생학습관', '경기도 오산시 성호대로 141'),
    neighborhood('세마동', '경기도 오산시 세마역로 20'),
    neighborhood('남촌동', '경기도 오산시 남부대로 446'),
    library('오산시 꿈두레도서관', '경기도 오산시 청학로 211', '부산동'),
  ],
  siheung: [
    center('시흥시평생학습센터', '경기도 시흥시 시청로 20'),
    neighborhood('정왕동', '경기도 시흥시 마유로 328'),
    neighborhood('배곧동', '경기도 시흥시 배곧4로 32'),
    neighborhood('대야동', '경기도 시흥시 대은로 104'),
    neighborhood('목감동', '경기도 시흥시 목감중앙로 35'),
  ],
  gunpo: [
    center('군포시평생학습원', '경기도 군포시 군포로 221'),
    neighborhood('산본동', '경기도 군포시 산본로 323'),
    neighborhood('금정동', '경기도 군포시 금정로 41'),
    neighborhood('수리동', '경기도 군포시 수리산로 65'),
    library('군포시 중앙도서관', '경기도 군포시 고산로 517', '산본동'),
  ],
  uiwang: [
    center('의왕시평생학습센터', '경기도 의왕시 의왕역로 37'),
    neighborhood('내손동', '경기도 의왕시 내손순환로 132'),
    neighborhood('오전동', '경기도 의왕시 오전로 45'),
    neighborhood('부곡동', '경기도 의왕시 부곡중앙로 51'),
  ],
  hanam: [
    center('하남시평생학습관', '경기도 하남시 신장로 154'),
    neighborhood('미사동', '경기도 하남시 미사강변대로 95'),
    neighborhood('위례동', '경기도 하남시 위례대로 200'),
    neighborhood('덕풍동', '경기도 하남시 덕풍로 60'),
  ],
  yongin: [
    center('용인시평생학습관', '경기도 용인시 처인구 중부대로 1199'),
    neighborhood('풍덕천동', '경기도 용인시 수지구 풍덕천로 152'),
    neighborhood('죽전동', '경기도 용인시 수지구 죽전로 235'),
    neighborhood('보정동', '경기도 용인시 기흥구 보정로 30'),
    neighborhood('포곡읍', '경기도 용인시 처인구 포곡읍 포곡로 110'),
  ],
  paju: [
    center('파주시평생학습관', '경기도 파주시 금정로 43'),
    neighborhood('운정동', '경기도 파주시 운정로 113'),
    neighborhood('금촌동', '경기도 파주시 금촌로 98'),
    neighborhood('문산읍', '경기도 파주시 문산읍 문향로 52'),
    neighborhood('교하동', '경기도 파주시 교하로 171'),
  ],
  icheon: [
    center('이천시평생학습관', '경기도 이천시 부악로 40'),
    neighborhood('중리동', '경기도 이천시 중리천로 115'),
    neighborhood('부발읍', '경기도 이천시 부발읍 경충대로 2121'),
    neighborhood('장호원읍', '경기도 이천시 장호원읍 장감로 47'),
  ],
  anseong: [
    center('안성시평생학습관', '경기도 안성시 중앙로 340'),
    neighborhood('공도읍', '경기도 안성시 공도읍 공도로 108'),
    neighborhood('대덕면', '경기도 안성시 대덕면 서동대로 4698'),
    neighborhood('보개면', '경기도 안성시 보개면 보개원삼로 25'),
  ],
  gimpo: [
    center('김포시평생학습관', '경기도 김포시 사우중로 87'),
    neighborhood('장기동', '경기도 김포시 장기로 144'),
    neighborhood('구래동', '경기도 김포시 김포한강4로 125'),
    neighborhood('통진읍', '경기도 김포시 통진읍 조강로 44'),
    neighborhood('고촌읍', '경기도 김포시 고촌읍 고촌로 32'),
  ],
  hwaseong: [
    center('화성시평생학습관', '경기도 화성시 향남읍 발안로 34'),
    neighborhood('반송동', '경기도 화성시 동탄중앙로 220'),
    neighborhood('봉담읍', '경기도 화성시 봉담읍 동화길 59'),
    neighborhood('병점동', '경기도 화성시 병점중앙로 215'),
    neighborhood('남양읍', '경기도 화성시 남양읍 시청로 159'),
  ],
  gwangju: [
    center('광주시평생학습관', '경기도 광주시 행정타운로 50'),
    neighborhood('경안동', '경기도 광주시 경안로 45'),
    neighborhood('오포읍', '경기도 광주시 오포읍 오포로 327'),
    neighborhood('곤지암읍', '경기도 광주시 곤지암읍 곤지암로 95'),
  ],
  yangju: [
    center('양주시평생학습관', '경기도 양주시 부흥로 1533'),
    neighborhood('옥정동', '경기도 양주시 옥정로 190'),
    neighborhood('덕정동', '경기도 양주시 평화로 1483'),
    neighborhood('백석읍', '경기도 양주시 백석읍 방성로 104'),
    neighborhood('장흥면', '경기도 양주시 장흥면 권율로 117'),
  ],
  pocheon: [
    center('포천시평생학습관', '경기도 포천시 중앙로 87'),
    neighborhood('소흘읍', '경기도 포천시 소흘읍 죽엽산로 430'),
    neighborhood('선단동', '경기도 포천시 호국로 1007'),
    neighborhood('일동면', '경기도 포천시 일동면 화동로 1010'),
  ],
  yeoju: [
    center('여주시평생학습관', '경기도 여주시 세종로 14'),
    neighborhood('여흥동', '경기도 여주시 여흥로 160'),
    neighborhood('가남읍', '경기도 여주시 가남읍 가남로 159'),
    neighborhood('세종대왕면', '경기도 여주시 세종대왕면 영릉로 247'),
  ],
  yeoncheon: [
    center('연천군평생학습관', '경기도 연천군 연천읍 연천로 220'),
    neighborhood('전곡읍', '경기도 연천군 전곡읍 은전로 49'),
    neighborhood('청산면', '경기도 연천군 청산면 청신로 1043'),
    neighborhood('백학면', '경기도 연천군 백학면 백학로 172'),
  ],
  gapyeong: [
    center('가평군평생학습센터', '경기도 가평군 가평읍 석봉로 181'),
    neighborhood('가평읍', '경기도 가평군 가평읍 가화로 66'),
    neighborhood('청평면', '경기도 가평군 청평면 청평중앙로 42'),
    neighborhood('설악면', '경기도 가평군 설악면 신선로 25'),
  ],
  yangpyeong: [
    center('양평군평생학습센터', '경기도 양평군 양평읍 양근로 165'),
    neighborhood('용문면', '경기도 양평군 용문면 용문로 322'),
    neighborhood('양서면', '경기도 양평군 양서면 양수로 45'),
    neighborhood('서종면', '경기도 양평군 서종면 북한강로 1029'),
    neighborhood('강상면', '경기도 양평군 강상면 강상로 290'),
  ],
};
