import type { TopicSource } from './types.ts';

/** 직업능력향상교육: AI and programming, office skills, certifications and starting a business. */
export const vocationalTopics: readonly TopicSource[] = [
  {
    key: 'ai-basics',
    level: 'BEGINNER',
    theme: 'AI',
    titleKo: 'AI 기초와 생성형 AI 활용',
    titleEn: 'AI basics and using generative AI',
    descriptionKo:
      '인공지능의 기본 원리를 이해하고 생성형 AI를 일상과 업무에 안전하게 활용하는 방법을 배웁니다.',
    descriptionEn:
      'Understand how artificial intelligence works and learn to use generative AI safely in daily life and at work.',
    lessons: [
      ['인공지능이란 무엇인가', 'What is artificial intelligence?'],
      ['생성형 AI 서비스 둘러보기', 'A tour of generative AI services'],
      ['좋은 질문 만들기: 프롬프트 기초', 'Asking good questions: prompt basics'],
      ['AI로 글 요약하고 번역하기', 'Summarising and translating with AI'],
      ['AI로 이미지 만들기', 'Creating images with AI'],
      ['생활 속 AI 비서 활용', 'Using AI assistants in daily life'],
      ['AI 답변 검증하기', 'Fact-checking AI answers'],
      ['AI 윤리와 개인정보 보호', 'AI ethics and privacy'],
    ],
  },
  {
    key: 'python-basics',
    level: 'BEGINNER',
    theme: 'AI',
    titleKo: '파이썬 기초',
    titleEn: 'Python for beginners',
    descriptionKo:
      '프로그래밍이 처음인 성인을 위해 파이썬 설치부터 변수, 조건문, 반복문, 함수까지 실습 중심으로 배웁니다.',
    descriptionEn:
      'A hands-on introduction for adults new to programming: installing Python, variables, conditions, loops and functions.',
    lessons: [
      ['파이썬 설치와 첫 프로그램', 'Installing Python and your first program'],
      ['변수와 조건문', 'Variables and conditions'],
      ['반복문', 'Loops'],
      ['리스트와 딕셔너리', 'Lists and dictionaries'],
      ['함수 만들기', 'Writing functions'],
      ['모듈과 라이브러리', 'Modules and libraries'],
      ['파일 읽고 쓰기', 'Reading and writing files'],
      ['미니 프로젝트: 가계부 프로그램', 'Mini project: a household budget program'],
    ],
  },
  {
    key: 'genai-at-work',
    level: 'INTERMEDIATE',
    theme: 'AI',
    titleKo: '생성형 AI로 업무 효율 높이기',
    titleEn: 'Boosting productivity with generative AI',
    descriptionKo:
      '문서 작성, 보고서 요약, 데이터 정리, 홍보물 제작 등 실제 업무에 생성형 AI를 적용하는 방법을 실습합니다.',
    descriptionEn:
      'Practise applying generative AI to real work tasks such as drafting documents, summarising reports, tidying data and making promotional material.',
    lessons: [
      ['업무용 프롬프트 설계', 'Designing prompts for work'],
      ['보고서 초안 작성과 다듬기', 'Drafting and polishing reports'],
      ['회의록 요약과 메일 작성', 'Summarising minutes and writing emails'],
      ['엑셀 수식과 데이터 정리 돕기', 'Getting AI help with spreadsheet formulas and data'],
      ['홍보용 카드뉴스 만들기', 'Creating promotional card news'],
      ['나만의 맞춤형 챗봇 만들기', 'Building a custom chatbot'],
      ['저작권과 보안 유의사항', 'Copyright and security considerations'],
    ],
  },
  {
    key: 'python-machine-learning',
    level: 'ADVANCED',
    theme: 'AI',
    titleKo: '파이썬 데이터 분석과 머신러닝 입문',
    titleEn: 'Data analysis and machine learning with Python',
    descriptionKo:
      '파이썬 기초를 마친 학습자가 공공데이터를 분석하고 간단한 머신러닝 모델을 직접 만들어 봅니다.',
    descriptionEn:
      'For learners who have finished Python basics: analyse public data and build simple machine learning models yourself.',
    lessons: [
      ['데이터 분석 환경 준비', 'Setting up a data analysis environment'],
      ['판다스로 데이터 다루기', 'Working with data in pandas'],
      ['공공데이터 수집과 정제', 'Collecting and cleaning public data'],
      ['데이터 시각화', 'Data visualisation'],
      ['머신러닝의 기본 개념', 'Machine learning fundamentals'],
      ['회귀 모델 만들기', 'Building a regression model'],
      ['분류 모델 만들기', 'Building a classification model'],
      ['모델 평가와 개선', 'Evaluating and improving models'],
      ['프로젝트: 우리 동네 데이터 분석', 'Project: analysing data about our neighbourhood'],
    ],
  },
  {
    key: 'excel-practice',
    level: 'INTERMEDIATE',
    titleKo: '엑셀 실무',
    titleEn: 'Practical Excel for work',
    descriptionKo: '함수, 피벗 테이블, 차트 등 사무 현장에서 바로 쓰는 엑셀 기능을 예제 파일로 실습합니다.',
    descriptionEn:
      'Practise the Excel features used in every office, including functions, pivot tables and charts, with sample files.',
    lessons: [
      ['엑셀 화면과 데이터 입력', 'The Excel window and entering data'],
      ['셀 서식과 표 만들기', 'Cell formatting and tables'],
      ['기본 함수: SUM, AVERAGE, IF', 'Basic functions: SUM, AVERAGE and IF'],
      ['찾기 함수: VLOOKUP과 XLOOKUP', 'Lookup functions: VLOOKUP and XLOOKUP'],
      ['정렬과 필터', 'Sorting and filtering'],
      ['피벗 테이블', 'Pivot tables'],
      ['차트로 보고서 만들기', 'Building reports with charts'],
      ['업무 자동화 기초', 'Basics of task automation'],
    ],
  },
  {
    key: 'barista',
    level: 'BEGINNER',
    titleKo: '바리스타 자격 준비',
    titleEn: 'Barista certification prep',
    descriptionKo:
      '커피의 이해부터 에스프레소 추출과 라떼 아트까지 바리스타 자격 취득에 필요한 이론과 실기를 익힙니다.',
    descriptionEn:
      'Learn the theory and practical skills for barista certification, from coffee basics to espresso extraction and latte art.',
    lessons: [
      ['커피의 역사와 원두의 이해', 'Coffee history and understanding beans'],
      ['에스프레소 머신과 그라인더', 'Espresso machines and grinders'],
      ['에스프레소 추출', 'Pulling an espresso'],
      ['우유 스티밍', 'Steaming milk'],
      ['라떼 아트 기초', 'Latte art basics'],
      ['핸드 드립', 'Hand drip brewing'],
      ['카페 위생과 서비스', 'Café hygiene and service'],
      ['실기 시험 대비', 'Preparing for the practical exam'],
    ],
  },
  {
    key: 'care-worker',
    level: 'INTERMEDIATE',
    titleKo: '요양보호사 준비',
    titleEn: 'Care worker certification prep',
    descriptionKo: '요양보호사 자격시험을 위해 노인 돌봄 이론과 기본 요양 기술, 현장 사례를 학습합니다.',
    descriptionEn:
      'Prepare for the care worker certification exam with elderly care theory, basic caregiving skills and case studies.',
    lessons: [
      ['요양보호사의 역할과 윤리', 'The role and ethics of care workers'],
      ['노인의 신체적·심리적 특성', 'Physical and psychological changes in later life'],
      ['식사와 배설 돕기', 'Assisting with eating and toileting'],
      ['이동과 체위 변경 돕기', 'Assisting with mobility and repositioning'],
      ['치매 어르신 돌봄', 'Caring for people with dementia'],
      ['응급 상황 대처', 'Responding to emergencies'],
      ['의사소통과 여가 지원', 'Communication and leisure support'],
      ['자격시험 모의고사', 'Certification practice exam'],
    ],
  },
  {
    key: 'online-store',
    level: 'INTERMEDIATE',
    titleKo: '스마트스토어 창업',
    titleEn: 'Starting an online store',
    descriptionKo:
      '온라인 쇼핑몰 개설부터 상품 등록, 사진 촬영, 마케팅까지 1인 온라인 창업 과정을 단계별로 안내합니다.',
    descriptionEn:
      'A step-by-step guide to starting a one-person online business, from opening a store to listing products, photography and marketing.',
    lessons: [
      ['온라인 창업 시장 이해', 'Understanding online retail'],
      ['판매자 가입과 스토어 개설', 'Signing up as a seller and opening a store'],
      ['상품 기획과 소싱', 'Product planning and sourcing'],
      ['상품 사진 촬영과 상세페이지', 'Product photos and detail pages'],
      ['배송과 고객 응대', 'Shipping and customer service'],
      ['검색 노출과 광고', 'Search visibility and advertising'],
      ['세금과 정산 관리', 'Taxes and settlements'],
    ],
  },
  {
    key: 'video-editing',
    level: 'BEGINNER',
    titleKo: '유튜브 영상 편집 기초',
    titleEn: 'Video editing for YouTube',
    descriptionKo:
      '스마트폰과 무료 편집 프로그램으로 촬영하고 컷 편집, 자막, 배경음악을 넣어 나만의 영상을 완성합니다.',
    descriptionEn:
      'Use a smartphone and free editing software to shoot, cut, subtitle and add music to your own videos.',
    lessons: [
      ['기획과 콘티 짜기', 'Planning and storyboarding'],
      ['스마트폰 촬영 기법', 'Filming with a smartphone'],
      ['컷 편집', 'Cutting and trimming'],
      ['자막 넣기', 'Adding subtitles'],
      ['배경음악과 효과음', 'Background music and sound effects'],
      ['썸네일 만들기', 'Designing thumbnails'],
      ['채널 개설과 업로드', 'Creating a channel and uploading'],
    ],
  },
  {
    key: 'computer-certificate',
    level: 'INTERMEDIATE',
    titleKo: '컴퓨터활용능력 2급 대비',
    titleEn: 'Computer Proficiency Certificate Level 2 prep',
    descriptionKo: '컴퓨터활용능력 2급 필기와 실기 시험에 나오는 핵심 이론과 스프레드시트 실기를 준비합니다.',
    descriptionEn:
      'Prepare the core theory and spreadsheet skills for the written and practical Computer Proficiency Certificate Level 2 exams.',
    lessons: [
      ['컴퓨터 일반 핵심 이론', 'Core computer theory'],
      ['스프레드시트 일반', 'Spreadsheet fundamentals'],
      ['기본 작업: 입력과 서식', 'Basic tasks: input and formatting'],
      ['계산 작업: 함수 활용', 'Calculation tasks: using functions'],
      ['분석 작업: 부분합과 피벗', 'Analysis tasks: subtotals and pivots'],
      ['기타 작업: 차트와 매크로', 'Other tasks: charts and macros'],
      ['실기 모의고사', 'Practical mock exam'],
    ],
  },
  {
    key: 'smart-work',
    level: 'ADVANCED',
    theme: 'DIGITAL_LITERACY',
    titleKo: '스마트워크: 클라우드와 온라인 협업 도구',
    titleEn: 'Smart work: cloud and online collaboration tools',
    descriptionKo:
      '클라우드 문서, 화상회의, 협업 메신저, 일정 공유 도구를 활용해 어디서나 함께 일하는 방법을 익힙니다.',
    descriptionEn:
      'Learn to work together from anywhere with cloud documents, video meetings, team messengers and shared calendars.',
    lessons: [
      ['클라우드 저장소 이해', 'Understanding cloud storage'],
      ['온라인 문서 공동 편집', 'Co-editing documents online'],
      ['화상회의 진행하기', 'Running video meetings'],
      ['협업 메신저와 채널 운영', 'Team messengers and channels'],
      ['일정과 업무 공유', 'Sharing calendars and tasks'],
      ['온라인 설문 양식 만들기', 'Creating online forms and surveys'],
      ['보안과 권한 관리', 'Security and access management'],
    ],
  },
  {
    key: 'bakery-certificate',
    level: 'INTERMEDIATE',
    titleKo: '제과제빵기능사 준비',
    titleEn: 'Bread and pastry craftsman certification prep',
    descriptionKo: '제과기능사와 제빵기능사 실기 품목을 중심으로 반죽, 발효, 굽기의 기본기를 익힙니다.',
    descriptionEn:
      'Master mixing, proofing and baking through the practical items of the national bread and pastry certifications.',
    lessons: [
      ['재료의 이해와 계량', 'Ingredients and weighing'],
      ['반죽법의 종류', 'Mixing methods'],
      ['발효의 원리', 'How fermentation works'],
      ['식빵 만들기', 'Making sandwich bread'],
      ['마들렌과 파운드케이크', 'Madeleines and pound cake'],
      ['쿠키와 타르트', 'Cookies and tarts'],
      ['위생과 안전 관리', 'Hygiene and safety'],
      ['실기 시험 실전 연습', 'Practical exam rehearsal'],
    ],
  },
  {
    key: 'sns-marketing',
    level: 'ADVANCED',
    titleKo: '1인 크리에이터 SNS 마케팅',
    titleEn: 'Social media marketing for solo creators',
    descriptionKo:
      '인스타그램, 블로그, 숏폼 영상을 활용해 나만의 브랜드를 알리고 성과를 분석하는 전략을 배웁니다.',
    descriptionEn:
      'Learn strategies to promote your own brand with Instagram, blogs and short-form video, and to measure the results.',
    lessons: [
      ['퍼스널 브랜딩 전략', 'Personal branding strategy'],
      ['타깃 고객 분석', 'Understanding your audience'],
      ['블로그 콘텐츠 기획', 'Planning blog content'],
      ['인스타그램 운영', 'Running an Instagram account'],
      ['숏폼 영상 마케팅', 'Short-form video marketing'],
      ['광고 집행과 예산 관리', 'Running ads and managing budgets'],
      ['성과 지표 분석', 'Analysing performance metrics'],
    ],
  },
  {
    key: 'real-estate-agent',
    level: 'ADVANCED',
    titleKo: '공인중개사 기초 이론',
    titleEn: 'Licensed real estate agent exam: foundations',
    descriptionKo: '공인중개사 1차 시험 과목인 부동산학개론과 민법의 기초 개념을 정리합니다.',
    descriptionEn:
      'Review the foundations of the first-round subjects of the licensed real estate agent exam: real estate studies and civil law.',
    lessons: [
      ['부동산학의 이해', 'Introduction to real estate studies'],
      ['부동산 시장과 정책', 'Real estate markets and policy'],
      ['감정평가 기초', 'Basics of property appraisal'],
      ['민법 총칙', 'General provisions of the Civil Act'],
      ['물권법 기초', 'Basics of property law'],
      ['계약법 기초', 'Basics of contract law'],
      ['기출문제 분석', 'Analysing past exam questions'],
    ],
  },
];
