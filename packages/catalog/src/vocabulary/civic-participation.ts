import type { TopicSource } from './types.ts';

/** 시민참여교육: community building, climate action, democracy, safety and digital citizenship. */
export const civicParticipationTopics: readonly TopicSource[] = [
  {
    key: 'village-activist',
    level: 'INTERMEDIATE',
    titleKo: '마을활동가 양성',
    titleEn: 'Community organiser training',
    descriptionKo:
      '마을의 자원과 문제를 발견하고 주민 모임을 이끌며 마을 의제를 실행하는 마을활동가의 역량을 기릅니다.',
    descriptionEn:
      'Develop the skills of a community organiser: discovering local resources and issues, leading resident groups and acting on neighbourhood agendas.',
    lessons: [
      ['마을공동체의 이해', 'Understanding neighbourhood communities'],
      ['마을 자원 지도 만들기', 'Mapping local resources'],
      ['주민 모임 꾸리기', "Starting a residents' group"],
      ['회의 진행과 갈등 조정', 'Running meetings and resolving conflict'],
      ['마을 의제 발굴', 'Identifying neighbourhood agendas'],
      ['공모사업 계획서 쓰기', 'Writing grant proposals'],
      ['우수 마을 사례 탐방', 'Visiting successful communities'],
      ['활동 계획 발표', 'Presenting an action plan'],
    ],
  },
  {
    key: 'carbon-neutral-living',
    level: 'BEGINNER',
    titleKo: '탄소중립 생활 실천',
    titleEn: 'Carbon-neutral living in practice',
    descriptionKo:
      '기후위기의 원인을 이해하고 에너지 절약, 자원 순환, 친환경 소비 등 가정에서 실천할 수 있는 탄소중립 방법을 배웁니다.',
    descriptionEn:
      'Understand the causes of the climate crisis and learn carbon-neutral habits for the home, from saving energy to recycling and green shopping.',
    lessons: [
      ['기후위기와 탄소중립', 'The climate crisis and carbon neutrality'],
      ['우리 집 탄소발자국 계산', 'Calculating our household carbon footprint'],
      ['에너지 절약 생활', 'Saving energy at home'],
      ['분리배출 제대로 하기', 'Sorting recycling properly'],
      ['친환경 소비와 장보기', 'Green consumption and shopping'],
      ['탄소중립포인트 제도', 'The carbon-neutral points scheme'],
      ['우리 동네 기후 행동', 'Climate action in our neighbourhood'],
    ],
  },
  {
    key: 'democratic-citizenship',
    level: 'BEGINNER',
    titleKo: '민주시민 교육',
    titleEn: 'Democratic citizenship education',
    descriptionKo:
      '민주주의의 원리와 시민의 권리와 책임을 이해하고 일상에서 참여하는 시민의 자세를 함께 배웁니다.',
    descriptionEn:
      'Understand the principles of democracy and the rights and duties of citizens, and learn to take part in everyday civic life.',
    lessons: [
      ['민주주의란 무엇인가', 'What is democracy?'],
      ['헌법과 기본권', 'The constitution and fundamental rights'],
      ['지방자치의 이해', 'Understanding local self-government'],
      ['선거와 투표', 'Elections and voting'],
      ['공론장과 숙의', 'Public debate and deliberation'],
      ['다름을 존중하는 대화', 'Respectful conversation across differences'],
      ['시민 참여 실천 계획', 'A plan for civic participation'],
    ],
  },
  {
    key: 'resident-autonomy-council',
    level: 'INTERMEDIATE',
    titleKo: '주민자치회 위원 역량 강화',
    titleEn: 'Training for resident autonomy council members',
    descriptionKo: '주민자치회의 역할과 운영 방법을 이해하고 자치계획 수립과 주민총회 준비 역량을 기릅니다.',
    descriptionEn:
      "Understand the role and workings of resident autonomy councils and build the skills to draft autonomy plans and prepare the residents' general assembly.",
    lessons: [
      ['주민자치회의 역할', 'The role of the resident autonomy council'],
      ['분과 운영과 회의', 'Running subcommittees and meetings'],
      ['자치계획 수립', 'Drafting the autonomy plan'],
      ['주민총회 준비', "Preparing the residents' general assembly"],
      ['예산과 회계 관리', 'Budgeting and accounts'],
      ['행정과의 협력', 'Working with the local administration'],
      ['다른 지역 주민자치 사례', 'Resident autonomy in other towns'],
    ],
  },
  {
    key: 'volunteering',
    level: 'BEGINNER',
    titleKo: '자원봉사 입문',
    titleEn: 'Getting started with volunteering',
    descriptionKo:
      '자원봉사의 의미와 기본 자세를 배우고 지역 자원봉사센터와 연계한 봉사 활동을 직접 계획합니다.',
    descriptionEn:
      'Learn what volunteering means and how to approach it, and plan your own activities with the local volunteer centre.',
    lessons: [
      ['자원봉사의 의미와 가치', 'The meaning and value of volunteering'],
      ['봉사자의 기본 자세', 'The right attitude for volunteers'],
      ['자원봉사 포털 활용', 'Using the volunteer portal'],
      ['분야별 봉사 활동 알아보기', 'Exploring areas of volunteering'],
      ['안전과 인권 감수성', 'Safety and respect for human rights'],
      ['봉사 활동 계획 세우기', 'Planning volunteer activities'],
    ],
  },
  {
    key: 'social-economy',
    level: 'INTERMEDIATE',
    titleKo: '협동조합과 사회적경제',
    titleEn: 'Cooperatives and the social economy',
    descriptionKo:
      '협동조합, 사회적기업, 마을기업의 원리와 사례를 살펴보고 지역 문제를 해결하는 사업 아이디어를 구상합니다.',
    descriptionEn:
      'Explore the principles and examples of cooperatives, social enterprises and village enterprises, and develop business ideas that tackle local problems.',
    lessons: [
      ['사회적경제의 이해', 'Understanding the social economy'],
      ['협동조합의 원칙', 'Cooperative principles'],
      ['사회적기업과 마을기업', 'Social enterprises and village enterprises'],
      ['지역 문제 발견하기', 'Identifying local problems'],
      ['비즈니스 모델 설계', 'Designing a business model'],
      ['협동조합 설립 절차', 'Setting up a cooperative'],
      ['사업 아이디어 발표', 'Pitching business ideas'],
    ],
  },
  {
    key: 'media-literacy',
    level: 'INTERMEDIATE',
    theme: 'DIGITAL_LITERACY',
    titleKo: '미디어 리터러시: 가짜뉴스 가려내기',
    titleEn: 'Media literacy: spotting misinformation',
    descriptionKo:
      '뉴스와 SNS 정보의 출처를 확인하고 허위 정보와 딥페이크를 가려내는 비판적 미디어 읽기를 연습합니다.',
    descriptionEn:
      'Practise critical media reading: checking the sources of news and social media posts and spotting disinformation and deepfakes.',
    lessons: [
      ['미디어 환경의 변화', 'How the media landscape has changed'],
      ['뉴스의 구조 이해', 'How news stories are built'],
      ['출처와 사실 확인하기', 'Checking sources and facts'],
      ['알고리즘과 필터 버블', 'Algorithms and filter bubbles'],
      ['딥페이크와 조작 이미지', 'Deepfakes and manipulated images'],
      ['책임 있는 공유와 댓글', 'Sharing and commenting responsibly'],
    ],
  },
  {
    key: 'gender-equality-human-rights',
    level: 'BEGINNER',
    titleKo: '성평등과 인권 감수성',
    titleEn: 'Gender equality and human rights awareness',
    descriptionKo: '일상 속 차별과 고정관념을 돌아보고 서로를 존중하는 성평등·인권 감수성을 기릅니다.',
    descriptionEn:
      'Reflect on everyday discrimination and stereotypes and build awareness of gender equality and human rights.',
    lessons: [
      ['인권의 역사와 가치', 'The history and value of human rights'],
      ['일상 속 고정관념', 'Everyday stereotypes'],
      ['성평등한 가정과 일터', 'Gender equality at home and at work'],
      ['혐오 표현과 차별', 'Hate speech and discrimination'],
      ['장애 인식 개선', 'Disability awareness'],
      ['존중하는 공동체 만들기', 'Building a respectful community'],
    ],
  },
  {
    key: 'multicultural-coexistence',
    level: 'BEGINNER',
    titleKo: '다문화 이해와 공존',
    titleEn: 'Living together in a multicultural society',
    descriptionKo:
      '이주민 이웃의 문화와 삶을 이해하고 선주민과 이주민이 함께 어울리는 지역 공동체를 생각합니다.',
    descriptionEn:
      'Learn about the cultures and lives of migrant neighbours and think about communities where long-time residents and newcomers thrive together.',
    lessons: [
      ['우리 곁의 이주민', 'Migrants in our community'],
      ['문화 다양성의 이해', 'Understanding cultural diversity'],
      ['세계의 명절과 음식', 'Holidays and food around the world'],
      ['편견을 넘는 대화', 'Conversations beyond prejudice'],
      ['다문화 가족 이야기', 'Stories of multicultural families'],
      ['함께 만드는 상호문화 행사', 'Organising an intercultural event together'],
    ],
  },
  {
    key: 'community-space',
    level: 'ADVANCED',
    titleKo: '마을공동체 공간 운영',
    titleEn: 'Running a community space',
    descriptionKo:
      '마을 카페, 작은도서관, 공유 부엌 등 주민 공간을 기획하고 지속 가능하게 운영하는 실무를 익힙니다.',
    descriptionEn:
      'Learn the practicalities of planning and sustainably running shared spaces such as village cafés, small libraries and community kitchens.',
    lessons: [
      ['공동체 공간의 유형', 'Types of community space'],
      ['공간 기획과 주민 수요 조사', 'Space planning and resident surveys'],
      ['운영 규칙과 거버넌스', 'Rules and governance'],
      ['프로그램 기획', 'Programme planning'],
      ['재정 자립 전략', 'Strategies for financial independence'],
      ['홍보와 네트워크', 'Outreach and networking'],
      ['운영 사례 분석', 'Case studies in running community spaces'],
    ],
  },
  {
    key: 'participatory-budgeting',
    level: 'ADVANCED',
    titleKo: '주민참여예산과 정책 제안',
    titleEn: 'Participatory budgeting and policy proposals',
    descriptionKo:
      '지방재정의 구조를 이해하고 주민참여예산 제도를 활용해 우리 동네에 필요한 사업을 직접 제안합니다.',
    descriptionEn:
      'Understand how local government finances work and use participatory budgeting to propose the projects your neighbourhood needs.',
    lessons: [
      ['지방재정의 이해', 'Understanding local government finance'],
      ['주민참여예산 제도', 'How participatory budgeting works'],
      ['동네 문제 조사하기', 'Researching neighbourhood problems'],
      ['정책 제안서 쓰기', 'Writing a policy proposal'],
      ['사업비 산출과 타당성', 'Costing and feasibility'],
      ['주민 투표와 공론화', 'Resident voting and public deliberation'],
      ['제안 발표회', 'Proposal presentation day'],
    ],
  },
  {
    key: 'zero-waste',
    level: 'BEGINNER',
    titleKo: '제로웨이스트와 업사이클링',
    titleEn: 'Zero waste and upcycling',
    descriptionKo:
      '쓰레기를 줄이는 생활 습관을 익히고 버려지는 물건을 새로운 생활용품으로 바꾸는 업사이클링을 체험합니다.',
    descriptionEn:
      'Adopt habits that cut waste and try upcycling discarded items into new things for everyday use.',
    lessons: [
      ['쓰레기는 어디로 가는가', 'Where does our rubbish go?'],
      ['제로웨이스트 장보기', 'Zero-waste shopping'],
      ['천연 세제 만들기', 'Making natural cleaning products'],
      ['헌 옷 업사이클링', 'Upcycling old clothes'],
      ['병과 캔으로 생활용품 만들기', 'Turning bottles and cans into household items'],
      ['나눔 장터 열기', 'Hosting a swap market'],
    ],
  },
  {
    key: 'disaster-safety',
    level: 'BEGINNER',
    titleKo: '안전한 우리 동네: 재난안전 교육',
    titleEn: 'Disaster safety for our neighbourhood',
    descriptionKo:
      '지진, 화재, 폭염 등 재난 상황별 행동 요령과 심폐소생술을 익혀 가족과 이웃의 안전을 지킵니다.',
    descriptionEn:
      'Learn what to do in earthquakes, fires and heatwaves and practise CPR to keep your family and neighbours safe.',
    lessons: [
      ['생활 속 위험 요소', 'Everyday hazards'],
      ['화재 대피와 소화기 사용', 'Fire evacuation and using extinguishers'],
      ['지진 행동 요령', 'What to do in an earthquake'],
      ['폭염과 한파 대비', 'Preparing for heatwaves and cold snaps'],
      ['심폐소생술과 자동심장충격기', 'CPR and using a defibrillator'],
      ['우리 동네 안전 지도', 'A safety map of our neighbourhood'],
    ],
  },
  {
    key: 'urban-farming',
    level: 'BEGINNER',
    titleKo: '도시농업과 텃밭 가꾸기',
    titleEn: 'Urban farming and community gardens',
    descriptionKo: '상자 텃밭과 공동체 텃밭에서 제철 채소를 기르며 이웃과 함께하는 도시농업을 실천합니다.',
    descriptionEn:
      'Grow seasonal vegetables in container and community gardens and practise urban farming with your neighbours.',
    lessons: [
      ['도시농업의 가치', 'Why urban farming matters'],
      ['흙과 퇴비 만들기', 'Soil and composting'],
      ['씨앗 파종과 모종 심기', 'Sowing seeds and planting seedlings'],
      ['물주기와 병해충 관리', 'Watering and pest control'],
      ['제철 채소 수확', 'Harvesting seasonal vegetables'],
      ['텃밭 나눔 장터', 'Garden-sharing market'],
    ],
  },
  {
    key: 'digital-citizenship',
    level: 'ADVANCED',
    theme: 'DIGITAL_LITERACY',
    titleKo: '디지털 시민성과 개인정보 보호',
    titleEn: 'Digital citizenship and personal data protection',
    descriptionKo:
      '개인정보 보호, 디지털 권리와 책임, 온라인 공론장 참여를 다루며 성숙한 디지털 시민의 역량을 기릅니다.',
    descriptionEn:
      'Cover personal data protection, digital rights and responsibilities and taking part in online public debate, to become a mature digital citizen.',
    lessons: [
      ['디지털 시민성이란', 'What is digital citizenship?'],
      ['개인정보 자기결정권', 'Control over your personal data'],
      ['보안 설정과 2단계 인증', 'Security settings and two-factor authentication'],
      ['디지털 발자국 관리', 'Managing your digital footprint'],
      ['온라인 청원과 전자 민원', 'Online petitions and e-government requests'],
      ['사이버 폭력 예방', 'Preventing cyberbullying'],
      ['디지털 격차 해소 활동', 'Activities to close the digital divide'],
    ],
  },
];
