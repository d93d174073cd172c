import type { TopicSource } from './types.ts';

/** 인문교양교육: writing, speaking, reading, history, philosophy and planning later life. */
export const humanitiesTopics: readonly TopicSource[] = [
  {
    key: 'book-writing',
    level: 'INTERMEDIATE',
    theme: 'BOOK_WRITING',
    titleKo: '나만의 책 쓰기',
    titleEn: 'Writing your own book',
    descriptionKo:
      '책의 주제와 목차를 정하고 매주 원고를 써서 과정이 끝날 때 한 권 분량의 초고를 완성합니다.',
    descriptionEn:
      'Choose a theme and outline, write every week, and finish the course with a complete first draft of your book.',
    lessons: [
      ['왜 책을 쓰는가', 'Why write a book?'],
      ['주제와 독자 정하기', 'Choosing a theme and your readers'],
      ['목차 구성하기', 'Structuring the table of contents'],
      ['첫 문장과 도입부 쓰기', 'Writing the first line and the opening'],
      ['매일 쓰는 습관 만들기', 'Building a daily writing habit'],
      ['사례와 이야기로 채우기', 'Filling chapters with examples and stories'],
      ['합평과 퇴고', 'Peer feedback and revision'],
      ['출간 기획서 쓰기', 'Writing a book proposal'],
    ],
  },
  {
    key: 'essay-writing',
    level: 'BEGINNER',
    theme: 'BOOK_WRITING',
    titleKo: '글쓰기 첫걸음: 에세이 쓰기',
    titleEn: 'First steps in writing: the personal essay',
    descriptionKo: '일상의 경험을 소재로 짧은 에세이를 쓰고 서로 나누며 글쓰기의 즐거움을 발견합니다.',
    descriptionEn:
      'Write short essays drawn from everyday experiences, share them and discover the joy of writing.',
    lessons: [
      ['글감 찾기', 'Finding something to write about'],
      ['관찰하고 묘사하기', 'Observing and describing'],
      ['한 문단 쓰기', 'Writing a paragraph'],
      ['기억을 글로 옮기기', 'Turning memories into writing'],
      ['짧은 에세이 완성', 'Completing a short essay'],
      ['함께 읽고 나누기', 'Reading and sharing together'],
    ],
  },
  {
    key: 'life-story',
    level: 'BEGINNER',
    theme: 'BOOK_WRITING',
    titleKo: '어르신 자서전 쓰기',
    titleEn: 'Writing my life story',
    descriptionKo:
      '어린 시절부터 지금까지의 삶을 옛 사진과 함께 돌아보며 나만의 자서전을 한 편씩 써 나갑니다.',
    descriptionEn:
      'Look back on your life from childhood to today, with old photographs, and write your own autobiography chapter by chapter.',
    lessons: [
      ['내 삶의 연표 만들기', 'Drawing up a timeline of my life'],
      ['어린 시절과 고향', 'Childhood and hometown'],
      ['학창 시절과 첫 직장', 'School days and my first job'],
      ['가족 이야기', 'Family stories'],
      ['인생의 전환점', 'Turning points in life'],
      ['사진으로 엮는 추억', 'Memories told through photographs'],
      ['후손에게 남기는 말', 'Words for future generations'],
      ['자서전 출판 기념회', 'Celebrating the finished autobiography'],
    ],
  },
  {
    key: 'speech-presentation',
    level: 'INTERMEDIATE',
    theme: 'SPEECH',
    titleKo: '스피치와 발표',
    titleEn: 'Speech and presentation',
    descriptionKo:
      '논리적인 말하기 구조와 전달력 있는 목소리, 발표 자료 활용법을 익혀 사람들 앞에서 자신 있게 발표합니다.',
    descriptionEn:
      'Learn to structure a talk, use your voice effectively and work with slides so you can present confidently in front of others.',
    lessons: [
      ['말하기 불안 다스리기', 'Managing speaking anxiety'],
      ['발표의 구조: 서론, 본론, 결론', 'Structuring a talk: opening, body and close'],
      ['호흡과 발성', 'Breathing and voice'],
      ['시선과 몸짓', 'Eye contact and gestures'],
      ['발표 자료 만들기', 'Making presentation slides'],
      ['질문에 답하기', 'Handling questions'],
      ['3분 스피치 실습', 'Three-minute speech practice'],
      ['최종 발표와 피드백', 'Final presentation and feedback'],
    ],
  },
  {
    key: 'speaking-confidence',
    level: 'BEGINNER',
    theme: 'SPEECH',
    titleKo: '말하기 첫걸음: 자신감 있는 목소리',
    titleEn: 'Speaking with confidence: first steps',
    descriptionKo:
      '짧은 자기소개와 건배사부터 시작해 사람들 앞에서 떨지 않고 말하는 기초 스피치 습관을 기릅니다.',
    descriptionEn:
      'Start with short self-introductions and toasts and build the habits that let you speak in front of people without nerves.',
    lessons: [
      ['나를 소개하는 1분', 'One minute to introduce yourself'],
      ['정확한 발음 연습', 'Practising clear pronunciation'],
      ['목소리 크기와 속도', 'Volume and pace'],
      ['건배사와 인사말', 'Toasts and greetings'],
      ['이야기로 말하기', 'Speaking through stories'],
      ['모임에서 의견 말하기', 'Sharing your view at a meeting'],
    ],
  },
  {
    key: 'persuasive-presentation',
    level: 'ADVANCED',
    theme: 'SPEECH',
    titleKo: '설득의 프레젠테이션',
    titleEn: 'Persuasive presentations masterclass',
    descriptionKo:
      '청중 분석, 스토리텔링, 데이터 시각화를 활용해 상대를 움직이는 프레젠테이션을 설계하고 실전처럼 발표합니다.',
    descriptionEn:
      'Design and deliver presentations that move audiences, using audience analysis, storytelling and data visualisation.',
    lessons: [
      ['청중 분석과 메시지 설계', 'Audience analysis and message design'],
      ['스토리텔링 구조', 'Storytelling structures'],
      ['설득의 심리학', 'The psychology of persuasion'],
      ['데이터를 보여 주는 슬라이드', 'Slides that show data'],
      ['즉흥 스피치와 질의응답', 'Impromptu speaking and Q&A'],
      ['온라인 발표 기술', 'Presenting online'],
      ['실전 피칭', 'Live pitching'],
    ],
  },
  {
    key: 'debate',
    level: 'ADVANCED',
    theme: 'SPEECH',
    titleKo: '토론과 논증',
    titleEn: 'Debate and argumentation',
    descriptionKo: '논리적 근거를 세우고 반론에 대응하는 토론 기술을 익혀 공공 토론과 회의에서 활용합니다.',
    descriptionEn:
      'Build sound arguments and handle rebuttals, and apply debating skills in public forums and meetings.',
    lessons: [
      ['논증의 기본 구조', 'The basic structure of an argument'],
      ['근거와 자료 찾기', 'Finding evidence and sources'],
      ['논리적 오류 찾기', 'Spotting fallacies'],
      ['반론과 재반론', 'Rebuttal and counter-rebuttal'],
      ['찬반 토론 실습', 'Practice debate: for and against'],
      ['퍼실리테이션과 회의 진행', 'Facilitation and chairing meetings'],
      ['공개 토론회', 'Public debate event'],
    ],
  },
  {
    key: 'reading-classics',
    level: 'INTERMEDIATE',
    titleKo: '인문학으로 읽는 고전',
    titleEn: 'Reading the classics',
    descriptionKo: '동서양의 고전을 함께 읽고 토론하며 오늘의 삶을 비추는 지혜를 찾습니다.',
    descriptionEn:
      'Read and discuss classics from East and West together and find wisdom that speaks to life today.',
    lessons: [
      ['논어: 배움의 기쁨', 'The Analects: the joy of learning'],
      ['플라톤의 대화편', "Plato's dialogues"],
      ['목민심서와 공직 윤리', 'Mongmin Simseo and public ethics'],
      ['셰익스피어의 비극', "Shakespeare's tragedies"],
      ['열하일기와 여행', 'Yeolha Ilgi and travel writing'],
      ['톨스토이 단편', "Tolstoy's short stories"],
      ['나의 고전 목록 만들기', 'Building my own list of classics'],
    ],
  },
  {
    key: 'gyeonggi-history',
    level: 'BEGINNER',
    titleKo: '경기 역사 산책',
    titleEn: 'A walk through Gyeonggi history',
    descriptionKo: '수원 화성, 남한산성, 조선왕릉 등 경기도 곳곳의 역사 유적에 담긴 이야기를 알아봅니다.',
    descriptionEn:
      'Discover the stories behind historic sites across Gyeonggi, including Suwon Hwaseong, Namhansanseong and the Joseon royal tombs.',
    lessons: [
      ['경기도의 역사 한눈에 보기', 'Gyeonggi history at a glance'],
      ['수원 화성과 정조', 'Suwon Hwaseong and King Jeongjo'],
      ['남한산성 이야기', 'The story of Namhansanseong'],
      ['조선왕릉', 'The Joseon royal tombs'],
      ['실학과 다산 정약용', 'Silhak and Dasan Jeong Yak-yong'],
      ['임진강과 분단의 역사', 'The Imjin River and the history of division'],
      ['우리 동네 문화유산 답사', 'Exploring heritage in our neighbourhood'],
    ],
  },
  {
    key: 'philosophy-cafe',
    level: 'INTERMEDIATE',
    titleKo: '철학 카페',
    titleEn: 'Philosophy café',
    descriptionKo: '행복, 정의, 자유 같은 질문을 두고 함께 생각하고 대화하며 나만의 답을 찾아갑니다.',
    descriptionEn:
      'Think together about questions such as happiness, justice and freedom, and find your own answers through conversation.',
    lessons: [
      ['철학적으로 질문하기', 'Asking philosophical questions'],
      ['행복이란 무엇인가', 'What is happiness?'],
      ['정의로운 사회', 'A just society'],
      ['자유와 책임', 'Freedom and responsibility'],
      ['나이 듦과 죽음', 'Ageing and death'],
      ['기술과 인간', 'Technology and humanity'],
      ['나의 철학 에세이', 'My philosophy essay'],
    ],
  },
  {
    key: 'psychology-self-care',
    level: 'BEGINNER',
    titleKo: '심리학과 마음 돌봄',
    titleEn: 'Psychology and self-care',
    descriptionKo:
      '스트레스와 감정을 이해하는 심리학의 기초를 배우고 일상에서 실천하는 마음 돌봄 방법을 익힙니다.',
    descriptionEn:
      'Learn the psychology of stress and emotion and practise simple ways to care for your mind every day.',
    lessons: [
      ['마음의 구조 이해하기', 'Understanding the mind'],
      ['스트레스와 회복탄력성', 'Stress and resilience'],
      ['감정 일기 쓰기', 'Keeping an emotion diary'],
      ['관계 속의 나', 'Myself in relationships'],
      ['마음챙김 명상', 'Mindfulness meditation'],
      ['나를 위한 돌봄 계획', 'A self-care plan for me'],
    ],
  },
  {
    key: 'second-act',
    level: 'BEGINNER',
    titleKo: '인생 2막 설계',
    titleEn: 'Planning your second act',
    descriptionKo:
      '은퇴 전후의 삶을 돌아보고 건강, 재무, 관계, 일과 배움을 아우르는 인생 후반 계획을 세웁니다.',
    descriptionEn:
      'Reflect on life around retirement and plan for health, finances, relationships, work and learning in the years ahead.',
    lessons: [
      ['인생 곡선 그리기', 'Drawing my life curve'],
      ['건강한 노후 생활', 'Healthy later life'],
      ['노후 재무 설계', 'Financial planning for later life'],
      ['가족과 관계 다시 보기', 'Rethinking family and relationships'],
      ['신중년 일자리와 사회공헌', 'Work and giving back in later middle age'],
      ['평생학습 계획 세우기', 'Planning lifelong learning'],
      ['나의 인생 2막 발표', 'Presenting my second-act plan'],
    ],
  },
  {
    key: 'picture-books',
    level: 'BEGINNER',
    titleKo: '그림책 읽는 어른',
    titleEn: 'Picture books for grown-ups',
    descriptionKo: '어른의 시선으로 그림책을 함께 읽고 이야기를 나누며 위로와 영감을 얻습니다.',
    descriptionEn:
      'Read picture books together with grown-up eyes and share the comfort and inspiration they bring.',
    lessons: [
      ['그림책의 매력', 'The charm of picture books'],
      ['그림 읽기', 'Reading the pictures'],
      ['관계와 가족 이야기', 'Stories of family and relationships'],
      ['상실과 위로', 'Loss and comfort'],
      ['나를 닮은 주인공', 'A hero who looks like me'],
      ['손주에게 읽어 주기', 'Reading aloud to grandchildren'],
      ['나만의 그림책 만들기', 'Making my own picture book'],
    ],
  },
  {
    key: 'travel-humanities',
    level: 'INTERMEDIATE',
    titleKo: '세계 문화와 여행 인문학',
    titleEn: 'World cultures through travel',
    descriptionKo:
      '여행지의 역사, 예술, 음식 문화를 인문학의 눈으로 살펴보며 더 깊이 있는 여행을 준비합니다.',
    descriptionEn:
      'Explore the history, art and food of travel destinations through the humanities to prepare for deeper journeys.',
    lessons: [
      ['여행과 인문학', 'Travel and the humanities'],
      ['실크로드의 문명', 'Civilisations of the Silk Road'],
      ['유럽의 성당과 미술관', 'Cathedrals and museums of Europe'],
      ['동남아시아의 생활 문화', 'Everyday culture in Southeast Asia'],
      ['음식으로 읽는 세계사', 'World history through food'],
      ['여행 기록 남기기', 'Keeping a travel journal'],
    ],
  },
  {
    key: 'ai-ethics',
    level: 'INTERMEDIATE',
    theme: 'AI',
    titleKo: 'AI 시대의 윤리와 인문학',
    titleEn: 'Ethics and the humanities in the age of AI',
    descriptionKo:
      '인공지능이 바꾸는 일, 교육, 관계를 인문학적으로 성찰하고 AI와 함께 살아가는 시민의 태도를 토론합니다.',
    descriptionEn:
      'Reflect through the humanities on how AI is changing work, learning and relationships, and discuss how citizens can live well alongside it.',
    lessons: [
      ['인공지능의 역사', 'A history of artificial intelligence'],
      ['알고리즘과 편향', 'Algorithms and bias'],
      ['AI와 일자리의 미래', 'AI and the future of work'],
      ['창작과 저작권', 'Creativity and copyright'],
      ['딥페이크와 진실', 'Deepfakes and truth'],
      ['인간다움이란 무엇인가', 'What makes us human?'],
      ['AI와 함께 사는 시민 선언', "A citizens' charter for living with AI"],
    ],
  },
];
